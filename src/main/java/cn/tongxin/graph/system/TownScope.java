package cn.tongxin.graph.system;

import java.util.List;

/**
 * The towns the signed-in user answers for (属地), as every statement's {@code $userTowns}: {@code null} when the
 * user, or the service itself outside a request, sees the whole district. Who is signed in is the access feature's
 * business; it provides this, so that the data access depends on no feature.
 */
public interface TownScope {

	List<String> userTowns();

	/**
	 * Whether personal values (phone numbers, birth years) are masked for whoever acts now: a signed-in user
	 * without the permission to see them. The service's own work outside a request sees them.
	 */
	boolean masksPersonalData();

}
