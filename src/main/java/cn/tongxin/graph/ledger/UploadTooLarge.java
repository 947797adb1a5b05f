package cn.tongxin.graph.ledger;

import org.springframework.util.unit.DataSize;

/** An upload larger than {@code tongxin.ledger.max-upload-size}: nothing of it is written; the caller gets HTTP 413. */
public class UploadTooLarge extends RuntimeException {

	public UploadTooLarge(DataSize limit) {
		super("文件超过了 " + readable(limit) + " 的上限，没有导入任何内容：请把台账分成几个较小的文件分别导入", null, false, false);
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes % DataSize.ofKilobytes(1).toBytes() == 0) ? size.toKilobytes() + " KB" : bytes + " 字节";
	}

}
