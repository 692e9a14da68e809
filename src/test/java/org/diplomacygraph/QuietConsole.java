package org.diplomacygraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For tests that provoke a log line on purpose (an internal error, a request cancelled at its
 * timeout, a failed start-up): what the test writes to {@code System.out} and {@code System.err},
 * where the console appender writes, is kept from the build's log and handed to the test as
 * {@link Captured} to assert on. Unlike Spring Boot's {@code OutputCaptureExtension}, which copies
 * the output to the console as well, nothing is printed, so a passing build shows no ERROR line it
 * expected; a failing test prints what it captured, for the reader of the failure.
 * <p>
 * Use it with {@code @ExtendWith(QuietConsole.class)} on a test class or a test method.
 */
public final class QuietConsole implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QuietConsole.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		Captured captured = new Captured(System.out, System.err);
		context.getStore(NAMESPACE).put(Captured.class, captured);
		System.setOut(captured.stream);
		System.setErr(captured.stream);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Captured captured = context.getStore(NAMESPACE).remove(Captured.class, Captured.class);
		if (captured == null) {
			return;
		}
		System.setOut(captured.out);
		System.setErr(captured.err);
		if (context.getExecutionException().isPresent()) {
			captured.out.print(captured.getOut());
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Captured.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Captured.class, Captured.class);
	}

	/** What a test wrote to the console so far. */
	public static final class Captured {

		private final PrintStream out;

		private final PrintStream err;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		private final PrintStream stream = new PrintStream(this.buffer, true, StandardCharsets.UTF_8);

		private Captured(PrintStream out, PrintStream err) {
			this.out = out;
			this.err = err;
		}

		/** Both streams, as they were interleaved. */
		public String getOut() {
			synchronized (this.buffer) {
				return this.buffer.toString(StandardCharsets.UTF_8);
			}
		}

		@Override
		public String toString() {
			return getOut();
		}

	}

}
