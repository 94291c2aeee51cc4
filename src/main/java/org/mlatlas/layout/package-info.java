/**
 * Where nodes go on the plane, with no JavaFX: a force-directed layout with a Barnes-Hut approximation
 * ({@link org.mlatlas.layout.ForceLayout}), plans laid out left to right by Eclipse ELK's layered algorithm
 * ({@link org.mlatlas.layout.PlanLayout}, giving a {@link org.mlatlas.layout.PlanDrawing}), the view transform
 * ({@link org.mlatlas.layout.Viewport}) and label culling and placement ({@link org.mlatlas.layout.LabelPlacer}).
 * Nodes are numbered 0..n-1 and edges are pairs of indices, so the maths is testable and benchmarkable on its own.
 */
package org.mlatlas.layout;
