/**
 * Occuprint: printable career profiles (PDF, DOCX, print-HTML) from occupation data.
 *
 * <p>Start with {@link org.occuprint.Occuprint}; the model is in {@link org.occuprint.model}, the profile
 * JSON format in {@link org.occuprint.io}, composition in {@link org.occuprint.compose} and the renderer
 * SPI in {@link org.occuprint.render}.
 */
@NullMarked
package org.occuprint;

import org.jspecify.annotations.NullMarked;
