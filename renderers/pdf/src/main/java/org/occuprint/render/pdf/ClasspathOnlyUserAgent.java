package org.occuprint.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.net.URLConnection;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

/**
 * Flying Saucer's user agent for one document, allowed to load exactly two kinds of thing: Flying
 * Saucer's own default stylesheet for XHTML (a class-path resource, read once per JVM), and images
 * embedded in the document as {@code data:image/png} or {@code data:image/jpeg} URIs (the logo). Every
 * other URI (file, http, jar, relative or anything else, in an image, a stylesheet link, {@code @import}
 * or {@code @font-face}) is refused and logged; nothing is read from the file system or the network.
 */
final class ClasspathOnlyUserAgent extends ITextUserAgent {
    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());
    /** The base every relative URI resolves against; it names nothing that can be opened. */
    static final String BASE_URL = "occuprint:/profile.xhtml";
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final DefaultStylesheet DEFAULT_CSS = DefaultStylesheet.load();

    private final String profileCode;

    ClasspathOnlyUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel, String profileCode) {
        super(outputDevice, dotsPerPixel);
        this.profileCode = profileCode;
        setBaseURL(BASE_URL);
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        if (DEFAULT_CSS.url().equals(uri)) {
            return new CSSResource(new ByteArrayInputStream(DEFAULT_CSS.bytes()));
        }
        refuse("stylesheet", uri);
        return new CSSResource(new ByteArrayInputStream(new byte[0]));
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (DATA_IMAGE.matcher(uri).matches()) {
            return super.getImageResource(uri);
        }
        refuse("image", uri);
        return new ImageResource(null, null);
    }

    @Override
    public byte @Nullable [] getBinaryResource(String uri) {
        refuse("resource", uri);
        return null;
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        refuse("document", uri);
        throw new IllegalArgumentException("Loading documents is not allowed: '" + abbreviate(uri) + "'");
    }

    @Override
    protected @Nullable InputStream resolveAndOpenStream(@Nullable String uri) {
        refuse("resource", String.valueOf(uri));
        return null;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        refuse("resource", uri);
        throw new IOException("Loading '" + abbreviate(uri) + "' is not allowed");
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        refuse("connection", uri);
        throw new IOException("Connecting to '" + abbreviate(uri) + "' is not allowed");
    }

    private void refuse(String what, String uri) {
        LOG.log(Level.WARNING, () -> "Profile '" + profileCode + "': refused to load the " + what + " '"
                + abbreviate(uri) + "' (the PDF renderer loads only its own class-path resources and data: images)");
    }

    private static String abbreviate(String uri) {
        return uri.length() <= 100 ? uri : uri.substring(0, 100) + "...";
    }

    /** Flying Saucer's default XHTML stylesheet: the URL it asks for, and the bytes, read once. */
    private record DefaultStylesheet(String url, byte[] bytes) {
        static DefaultStylesheet load() {
            String path = Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css";
            URL url = XhtmlNamespaceHandler.class.getResource(path);
            if (url == null || !url.getProtocol().toLowerCase(Locale.ROOT).matches("jar|file")) {
                throw new IllegalStateException("Flying Saucer's default stylesheet " + path + " is not on the class path");
            }
            try (InputStream in = url.openStream()) {
                return new DefaultStylesheet(url.toString(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read Flying Saucer's default stylesheet " + url, e);
            }
        }
    }
}
