package cn.tongxin.graph.system;

/** Why a mutation's input was refused: the field to change and what is wrong with it, for the person typing. */
public record Problem(String field, String message) {
}
