/**
 * Where nodes go on the plane, with no JavaFX: a force-directed layout with a Barnes-Hut approximation
 * ({@link org.mlatlas.layout.ForceLayout}), a layered left-to-right layout for prerequisite DAGs
 * ({@link org.mlatlas.layout.LayeredLayout}), the view transform ({@link org.mlatlas.layout.Viewport}) and
 * label culling and placement ({@link org.mlatlas.layout.LabelPlacer}, {@link org.mlatlas.layout.LabelSide}).
 * Nodes are numbered 0..n-1 and edges are pairs of indices, so the maths is testable and benchmarkable on its own.
 */
package org.mlatlas.layout;
