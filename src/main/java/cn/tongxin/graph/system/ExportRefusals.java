package cn.tongxin.graph.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A download refused for its arguments (an unknown town, too many rows) is a 400 that says why, not a 500. */
@RestControllerAdvice(annotations = Export.class)
class ExportRefusals {

	@ExceptionHandler
	ProblemDetail refused(InvalidArgument ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("无法导出");
		return problem;
	}

}
