package org.lianxin.platform.files;

/**
 * The orientation a phone wrote into a JPEG's EXIF block (tag 0x0112): the camera stores
 * the sensor's pixels as they came and says "turn me" here, so a photo taken upright
 * comes out sideways unless the turn is applied. Read from the bytes by hand, every
 * length checked, because the block comes from whoever uploads.
 */
final class ExifOrientation {

	/** As stored: no turn needed. */
	static final int NORMAL = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * The orientation, 1 to 8, or {@link #NORMAL} when the bytes are not a JPEG or carry
	 * no (readable) orientation.
	 */
	static int of(byte[] jpeg) {
		if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
			return NORMAL;
		}
		int at = 2;
		// markers before the image data; EXIF is an APP1 segment among them
		while (at + 4 <= jpeg.length && u8(jpeg, at) == 0xFF) {
			int marker = u8(jpeg, at + 1);
			if (marker == 0xFF) {
				// fill byte before a marker
				at++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				// start of scan or end of image: no metadata after this
				return NORMAL;
			}
			int length = u16(jpeg, at + 2, false);
			if (length < 2 || at + 2 + length > jpeg.length) {
				return NORMAL;
			}
			if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, at + 4)) {
				int orientation = fromTiff(jpeg, at + 10, at + 2 + length);
				if (orientation != 0) {
					return orientation;
				}
			}
			at += 2 + length;
		}
		return NORMAL;
	}

	private static boolean isExifHeader(byte[] bytes, int at) {
		return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
				&& bytes[at + 4] == 0 && bytes[at + 5] == 0;
	}

	/**
	 * The orientation in the TIFF structure from {@code start} to {@code end}: its first
	 * directory (IFD0) holds the tag. 0 when absent or out of range.
	 */
	private static int fromTiff(byte[] bytes, int start, int end) {
		if (start + 8 > end) {
			return 0;
		}
		boolean littleEndian;
		if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
			littleEndian = true;
		}
		else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
			littleEndian = false;
		}
		else {
			return 0;
		}
		if (u16(bytes, start + 2, littleEndian) != 42) {
			return 0;
		}
		long directory = start + u32(bytes, start + 4, littleEndian);
		if (directory + 2 > end) {
			return 0;
		}
		int entries = u16(bytes, (int) directory, littleEndian);
		for (int i = 0; i < entries; i++) {
			long entry = directory + 2 + 12L * i;
			if (entry + 12 > end) {
				return 0;
			}
			if (u16(bytes, (int) entry, littleEndian) == ORIENTATION_TAG) {
				// type SHORT, one value, kept in the first two bytes of the value field
				int value = u16(bytes, (int) entry + 8, littleEndian);
				return (value >= 1 && value <= 8) ? value : 0;
			}
		}
		return 0;
	}

	private static int u8(byte[] bytes, int at) {
		return bytes[at] & 0xFF;
	}

	private static int u16(byte[] bytes, int at, boolean littleEndian) {
		return littleEndian ? (u8(bytes, at) | u8(bytes, at + 1) << 8) : (u8(bytes, at) << 8 | u8(bytes, at + 1));
	}

	private static long u32(byte[] bytes, int at, boolean littleEndian) {
		long value = 0;
		for (int i = 0; i < 4; i++) {
			int shift = littleEndian ? 8 * i : 8 * (3 - i);
			value |= (long) u8(bytes, at + i) << shift;
		}
		return value;
	}

}
