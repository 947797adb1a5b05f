package cn.tongxin.graph.workbench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium for a class of browser tests ({@code @RegisterExtension} on a per-class test instance): started
 * once for the class, or the class skipped where it is not installed; pages signed in through the sign-in form; and
 * after every test, nothing refused under the pages' Content-Security-Policy.
 */
final class WorkbenchBrowser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

	private final List<String> refusedByPolicy = new CopyOnWriteArrayList<>();

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeTrue(Chromium.installed(), Chromium.MISSING);
		this.playwright = Chromium.playwright();
		this.browser = Chromium.launch(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<String> refused = List.copyOf(this.refusedByPolicy);
		this.refusedByPolicy.clear();
		assertThat(refused).as("refused under the Content-Security-Policy").isEmpty();
	}

	/** A new page in Chinese, signed in through the form of the service at {@code base}. */
	Page signIn(String base, String username, String password) {
		return signIn(base, username, password, new Browser.NewContextOptions());
	}

	/** The same, with the context's options (a viewport, downloads). */
	Page signIn(String base, String username, String password, Browser.NewContextOptions options) {
		Page page = this.browser.newContext(options.setLocale("zh-CN")).newPage();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				this.refusedByPolicy.add(page.url() + ": " + message.text());
			}
		});
		page.navigate(base + "/");
		assertThat(page.url()).endsWith("/login");
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", password);
		page.click("button[type=submit]");
		page.waitForLoadState();
		return page;
	}

}
