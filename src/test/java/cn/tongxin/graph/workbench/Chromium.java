package cn.tongxin.graph.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright: a test tool cannot download its own browser here. The browser tests
 * and benchmarks skip themselves where it is not installed ({@code apt-get install chromium fonts-noto-cjk}).
 */
public final class Chromium {

	public static final Path PATH = Path.of("/usr/bin/chromium");

	public static final String MISSING = "no Chromium at " + PATH + " (apt-get install chromium fonts-noto-cjk)";

	private Chromium() {
	}

	public static boolean installed() {
		return Files.isExecutable(PATH);
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/** Headless, without the sandbox a container lacks and without calls home. */
	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(PATH)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

}
