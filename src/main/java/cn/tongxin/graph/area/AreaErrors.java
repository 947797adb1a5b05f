package cn.tongxin.graph.area;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the boundaries upload answers a file it refuses: 400 with every problem (its feature, its town, why); nothing
 * of the file is stored. One too large is a 413, as for every upload (ledger/UploadRefusals).
 */
@RestControllerAdvice(assignableTypes = BoundaryController.class)
class AreaErrors {

	@ExceptionHandler
	ProblemDetail refused(BoundariesRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("边界文件未导入");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
