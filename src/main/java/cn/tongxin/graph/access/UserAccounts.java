package cn.tongxin.graph.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in from the graph. */
@Service
class UserAccounts implements UserDetailsService {

	private final Users users;

	UserAccounts(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
