/**
 * The built-in demo district, generated deterministically and loaded through the ledger import.
 * <p>
 * {@link cn.tongxin.graph.demo.DemoDistrict} runs the steps ({@code PlaceGenerator}, {@code PeopleGenerator},
 * {@code FriendshipGenerator}, {@code PairingGenerator}) in a fixed order over one {@code Draws}, and
 * {@code LedgerCsv} writes the {@code District} they drew; names and credit codes come from {@code ChineseNames}.
 */
package cn.tongxin.graph.demo;
