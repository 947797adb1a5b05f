/**
 * Duty lists (职责清单) and their checks (督查考核): each town and member unit holds a list of duties for a year,
 * common (共性) and specific (个性), which the district checks item by item and scores, with reminders, public
 * rectification and commendation (据单督查，按单考核).
 */
package cn.tongxin.graph.duty;
