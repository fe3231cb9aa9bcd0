package org.occuprint.render;

import java.io.OutputStream;

import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileDocument;

/**
 * Writes a composed profile in one output format.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #format()} returns the same value every time.</li>
 *   <li>{@link #render} lays out the document's words and nothing else: it never decides wording, never
 *       reads the clock, the default locale or the default time zone, and never reads files or the network
 *       except its own classpath resources. The same document gives the same bytes.</li>
 *   <li>Implementations are safe to call from several threads at once.</li>
 *   <li>{@code render} writes to {@code out} but does not close it. On failure it throws
 *       {@link RenderException} (no other exception escapes); what was written so far is then garbage,
 *       so callers write to a temporary file and move it into place.</li>
 * </ul>
 *
 * <p>Implementations are registered in {@code META-INF/services/org.occuprint.render.ProfileRenderer}
 * and need a public no-argument constructor to be found by {@link Renderers#discover()}.
 *
 * @since 0.1
 */
public interface ProfileRenderer {
    /** The format this renderer writes; never {@code null}. */
    OutputFormat format();

    /**
     * Writes the document.
     *
     * @param document the composed profile
     * @param out      where to write; not closed
     * @throws RenderException if the document cannot be written
     */
    void render(ProfileDocument document, OutputStream out);

    /**
     * Whether {@link #render(PacketDocument, OutputStream)} lays out packets. Default: {@code false}.
     *
     * @since 0.3
     */
    default boolean supportsPackets() {
        return false;
    }

    /**
     * Writes a client packet as one document: its first page (title, office, note, contents, comparison),
     * each handout from a new page, the shared closing part; page numbers run through the packet. Same
     * contract as {@link #render(ProfileDocument, OutputStream)}.
     *
     * @param packet the composed packet
     * @param out    where to write; not closed
     * @throws RenderException if the packet cannot be written, or if this renderer does not lay out packets
     *                         (the default)
     * @since 0.3
     */
    default void render(PacketDocument packet, OutputStream out) {
        throw RenderException.of(packet.info().code(), format().id(), "this renderer does not lay out packets", null);
    }

    /**
     * Names this renderer's settings, so that files written earlier can be told apart from files this renderer
     * would write differently (a resumed guide run keeps a file only when the settings are the same). Must change
     * whenever a setting changes the bytes. Default: the class name, for renderers without settings.
     */
    default String settings() {
        return getClass().getName();
    }
}
