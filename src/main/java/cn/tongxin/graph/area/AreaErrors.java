package cn.tongxin.graph.area;

import cn.tongxin.graph.ledger.UploadTooLarge;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the boundaries upload answers a file it refuses: 400 with every problem (its feature, its town, why), or
 * 413 for one too large, as the other imports do; nothing of the file is stored either way.
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

	@ExceptionHandler
	ProblemDetail tooLarge(UploadTooLarge ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("文件太大");
		return problem;
	}

}
