/**
 * The renderer SPI and the options every renderer shares.
 *
 * <p>A renderer declares one {@link org.occuprint.render.OutputFormat} and writes a composed
 * {@link org.occuprint.compose.ProfileDocument} to a stream. Renderers are found with
 * {@link org.occuprint.render.Renderers#discover()} (ServiceLoader) or wired with
 * {@link org.occuprint.render.Renderers#of(ProfileRenderer...)}.
 */
@NullMarked
package org.occuprint.render;

import org.jspecify.annotations.NullMarked;
