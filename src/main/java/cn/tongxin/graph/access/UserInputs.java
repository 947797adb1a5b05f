package cn.tongxin.graph.access;

import java.util.List;

/** The inputs of the user mutations, as the schema declares them. */
final class UserInputs {

	private UserInputs() {
	}

	record CreateUserInput(String username, String password, Role role, Boolean pii, List<String> townCodes) {
	}

	/** Fields left out (null) keep their stored value. */
	record UpdateUserInput(String username, Role role, Boolean pii, Boolean enabled, List<String> townCodes,
			String password) {
	}

	record ChangePasswordInput(String currentPassword, String newPassword) {
	}

}
