package cn.tongxin.graph.system;

import java.util.List;

/**
 * The towns the signed-in user answers for (属地), as every statement's {@code $userTowns}: {@code null} when the
 * user, or the service itself outside a request, sees the whole district. Who is signed in is the access feature's
 * business; it provides this, so that the data access depends on no feature.
 */
@FunctionalInterface
public interface TownScope {

	List<String> userTowns();

}
