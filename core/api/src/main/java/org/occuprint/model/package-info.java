/**
 * The occupation model: immutable records holding facts only (codes, titles, tasks, wages, projections ...),
 * never wording. Missing data is an empty list or an empty {@code Optional}, never {@code null} and never
 * a placeholder string such as "N/A".
 *
 * <p>Entry point: {@link org.occuprint.model.Occupation#builder(String, String)}.
 */
@NullMarked
package org.occuprint.model;

import org.jspecify.annotations.NullMarked;
