package cn.tongxin.graph.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the import endpoints answer a file they cannot read, and an import the database cut short. */
@RestControllerAdvice(assignableTypes = { LedgerImportController.class, LedgerArchiveController.class })
class LedgerErrors {

	@ExceptionHandler
	ProblemDetail unreadable(UnreadableLedger ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("无法读取台账文件");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail interrupted(ImportInterrupted ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				ex.retryable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage());
		problem.setTitle("导入中断");
		problem.setProperty("report", ex.soFar());
		return problem;
	}

}
