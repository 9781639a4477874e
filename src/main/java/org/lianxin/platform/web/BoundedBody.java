package org.lianxin.platform.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body declared no length (sent in chunks) and is not a form: reading it
 * stops with {@link TooLarge} once it passes the limit, so a client cannot keep a request
 * thread busy for minutes with a body of any size. Forms are parsed, and held to the
 * limit, before this.
 */
final class BoundedBody extends HttpServletRequestWrapper {

	private final long limit;

	private ServletInputStream bounded;

	BoundedBody(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.bounded == null) {
			this.bounded = new Counting(super.getInputStream(), this.limit);
		}
		return this.bounded;
	}

	/** The body went past the limit; nothing was done with it. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("request body over " + limit + " bytes");
		}

		static boolean causedBy(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null
					: cause.getCause()) {
				if (cause instanceof TooLarge) {
					return true;
				}
			}
			return false;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > this.limit) {
				throw new TooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
