package cn.tongxin.graph.deletion;

import java.util.List;

import cn.tongxin.graph.system.Problem;

/** Whether a record was deleted, or why not. */
public record DeletePayload(boolean deleted, List<Problem> problems) {

}
