package cn.tongxin.graph.network;

import java.util.List;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.RowRule;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The ledgers of friendships (a leader befriends a representative) and of the contacts made within them. Both
 * are placed by the representative: a user bound to towns keeps the friendships of their towns' representatives.
 */
@Component
@Order(400)
public class NetworkLedgers implements LedgerSheets {

	public static final Sheet FRIENDSHIPS = Sheet.kind("friendships")
		.titled("结对交友")
		.cypherIn("network/ledger")
		.keyedBy("leader_id", "representative_id")
		.columns(required("leader_id", Cell.identifier()).references("leaders", "领导"),
				required("representative_id", Cell.identifier()).references("representatives", "代表人士"),
				required("since", Cell.date()), optional("last_contact", Cell.date()).keptWhenLeftOut(),
				optional("until", Cell.date()).keptWhenLeftOut())
		.rules(RowRule.notBefore("last_contact", "since"), RowRule.notBefore("until", "since"))
		.ties("BEFRIENDS");

	/**
	 * A leader's contacts with a befriended representative, each dated within the friendship; the friendship's
	 * last contact is the newer of what its ledger states and its newest contact.
	 */
	public static final Sheet CONTACTS = Sheet.kind("contacts")
		.titled("联系记录")
		.cypherIn("network/ledger")
		.keyedBy("leader_id", "representative_id", "date", "kind")
		.columns(
				required("leader_id", Cell.identifier()).references("leaders", "领导")
					.tiedBy(Tie.fromNamed("MADE_CONTACT")),
				required("representative_id", Cell.identifier()).references("representatives", "代表人士")
					.tiedBy(Tie.toNamed("WITH")),
				required("date", Cell.date()), required("kind", Cell.oneOf(ContactKind.class)),
				optional("note", Cell.text()))
		.datedWithin("friendships", "date", "结对交友", "last_contact", "ledgerLastContact")
		.events("Contact");

	@Override
	public List<Sheet> sheets() {
		return List.of(FRIENDSHIPS, CONTACTS);
	}

}
