package cn.tongxin.graph.area;

/**
 * Why one feature of a boundaries file was refused: its index in {@code features} (from 0), the town it names
 * ({@code null} when it names none) and the reason, in words a clerk can act on.
 */
record BoundaryProblem(int feature, String town, String message) {
}
