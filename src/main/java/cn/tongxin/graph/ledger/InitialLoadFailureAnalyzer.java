package cn.tongxin.graph.ledger;

import cn.tongxin.graph.ledger.InitialLoad.InitialLoadRefused;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused first load stops the service at startup. This prints its reason as the whole story, instead of
 * leaving it at the bottom of a chain of bean-creation errors.
 */
public class InitialLoadFailureAnalyzer extends AbstractFailureAnalyzer<InitialLoadRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InitialLoadRefused cause) {
		return new FailureAnalysis(cause.getMessage(),
				"改正后重新启动；不需要首次装载时，去掉 tongxin.initial-load 设置（或 TONGXIN_INITIAL_LOAD 环境变量）。", cause);
	}

}
