package cn.tongxin.graph.access;

import cn.tongxin.graph.system.GraphAvailability;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in from the graph. */
@Service
class UserAccounts implements UserDetailsService {

	private final Users users;

	private final GraphAvailability availability;

	UserAccounts(Users users, GraphAvailability availability) {
		this.users = users;
		this.availability = availability;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		try {
			return this.users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
		}
		catch (RuntimeException ex) {
			this.availability.noteFailure(ex);
			throw ex;
		}
	}

}
