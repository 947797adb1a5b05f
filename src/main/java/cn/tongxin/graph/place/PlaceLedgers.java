package cn.tongxin.graph.place;

import java.util.List;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/** The ledgers of towns and villages, first of all: every other ledger places its rows in them. */
@Component
@Order(100)
public class PlaceLedgers implements LedgerSheets {

	public static final Sheet TOWNS = Sheet.kind("towns")
		.titled("镇（街道）")
		.cypherIn("place/ledger")
		.keyedBy("code")
		.placedBy("code")
		.columns(required("code", Cell.digits(9)), required("name", Cell.text()))
		.records("Town");

	public static final Sheet VILLAGES = Sheet.kind("villages")
		.titled("村（社区）")
		.cypherIn("place/ledger")
		.keyedBy("code")
		.placedBy("town_code")
		.columns(required("code", Cell.digits(12)), required("name", Cell.text()),
				required("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("kind", Cell.oneOf(VillageKind.class)).orElse(VillageKind.VILLAGE.name()),
				optional("households", Cell.wholeNumber(0, Integer.MAX_VALUE)),
				// the day it was set up: it counts from that day on; empty, since always; a day to come is a village
				// being set up, and is allowed. An older file without the column must not undo it.
				optional("established_on", Cell.date()).keptWhenLeftOut())
		.located()
		.records("Village");

	@Override
	public List<Sheet> sheets() {
		return List.of(TOWNS, VILLAGES);
	}

}
