package cn.tongxin.graph.workbench;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.access.UserAccount;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workbench's pages. Each is a frame that its script fills from {@code /graphql}; the frame only needs who is
 * signed in, for the header.
 */
@Controller
class WorkbenchController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/coverage";
	}

	@GetMapping("/coverage")
	String coverage() {
		return "coverage";
	}

	@GetMapping("/coverage/towns/{code}")
	String town(@PathVariable String code, Model model) {
		model.addAttribute("townCode", code);
		return "town";
	}

	@ModelAttribute("user")
	SignedIn user() {
		return CurrentUser.account().map(SignedIn::of).orElse(null);
	}

	/** The header's line about who is signed in. */
	record SignedIn(String username, String role) {

		static SignedIn of(UserAccount account) {
			return new SignedIn(account.username(), switch (account.role()) {
				case ADMIN -> "管理员";
				case EDITOR -> "编辑";
				case VIEWER -> "查看";
			});
		}

	}

}
