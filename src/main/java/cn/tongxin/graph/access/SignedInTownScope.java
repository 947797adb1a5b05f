package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.system.TownScope;

import org.springframework.stereotype.Component;

/** The data access's town scope is the signed-in user's towns and permission to see personal data. */
@Component
class SignedInTownScope implements TownScope {

	@Override
	public List<String> userTowns() {
		return CurrentUser.towns();
	}

	@Override
	public boolean masksPersonalData() {
		return CurrentUser.account().map(account -> !account.pii()).orElse(false);
	}

}
