package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Friendships' timelines: contacts, newest first, paged by date and kind. */
@Component
@Transactional(readOnly = true)
public class Contacts {

	private static final String OF_FRIENDSHIPS = CypherFile.load("network/contacts-of-friendships");

	private static final String ONE = CypherFile.load("network/contact");

	private final GraphReader graph;

	Contacts(GraphReader graph) {
		this.graph = graph;
	}

	/** A leader and a representative, the two ends of a friendship. */
	record Pair(String leaderId, String representativeId) {
	}

	/** The same page of each friendship's timeline: {@code size} contacts after the cursor {@code after}. */
	Map<Pair, Connection<Contact>> pages(Collection<Pair> friendships, int size, String after) {
		String[] position = Cursor.partsOf(after, "\\d{4}-\\d{2}-\\d{2}", "[A-Z]+");
		var parameters = new HashMap<String, Object>();
		parameters.put("friendships",
				friendships.stream().map(pair -> Map.of("leaderId", pair.leaderId(), "representativeId", pair.representativeId())).toList());
		parameters.put("fetch", size + 1);
		parameters.put("afterDate", (position != null) ? Cursor.date(position[0], after) : null);
		parameters.put("afterKind", (position != null) ? position[1] : null);
		var pages = new HashMap<Pair, Connection<Contact>>();
		for (var timeline : this.graph.all(OF_FRIENDSHIPS, parameters, "timeline", value -> value)) {
			List<Contact> fetched = timeline.get("contacts").asList(Contact::from);
			pages.put(new Pair(timeline.get("leaderId").asString(), timeline.get("representativeId").asString()),
					Connection.of(timeline.get("totalCount").asInt(), fetched, size, after, Contact::position));
		}
		return pages;
	}

	/** One contact by its key, if the user may see its friendship. */
	public Optional<Contact> contact(String leaderId, String representativeId, LocalDate date, ContactKind kind) {
		var parameters = new HashMap<String, Object>();
		parameters.put("leaderId", leaderId);
		parameters.put("representativeId", representativeId);
		parameters.put("date", date);
		parameters.put("kind", kind.name());
		return this.graph.all(ONE, parameters, "contact", Contact::from).stream().findFirst();
	}

}
