/**
 * Composition: turns an {@link org.occuprint.model.Occupation} and
 * {@link org.occuprint.options.RenderOptions} into a {@link org.occuprint.compose.ProfileDocument}, which
 * holds every word the reader will see, in order. Renderers only lay it out.
 *
 * <p>Entry point: {@link org.occuprint.compose.ProfileComposer}.
 */
@NullMarked
package org.occuprint.compose;

import org.jspecify.annotations.NullMarked;
