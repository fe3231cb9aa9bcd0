/**
 * The print-HTML renderer: the composed profile as well-formed XHTML with an embedded print stylesheet
 * (page size, footer in {@code @page} margin boxes, repeating table headers), printable from a browser and
 * the input of the PDF renderer.
 */
@NullMarked
package org.occuprint.render.html;

import org.jspecify.annotations.NullMarked;
