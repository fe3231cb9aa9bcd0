/**
 * Examples of embedding Occuprint: short programs built only on the public API. They carry no API contract
 * and are not published.
 */
@NullMarked
package org.occuprint.examples;

import org.jspecify.annotations.NullMarked;
