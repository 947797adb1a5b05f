package cn.tongxin.graph.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose endpoints hand out files ({@link Table#download}): a request it refuses with an
 * {@link InvalidArgument} is answered by {@link ExportRefusals}, as 400 with the reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Export {

}
