package cn.tongxin.graph.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An upload too large for {@link Uploads} is a 413 that says the limit, whichever endpoint received it. */
@RestControllerAdvice
class UploadRefusals {

	@ExceptionHandler
	ProblemDetail tooLarge(UploadTooLarge ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("文件太大");
		return problem;
	}

}
