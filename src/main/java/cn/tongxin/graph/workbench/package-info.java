/**
 * The staff workbench: server-rendered pages in Chinese that draw what they show from {@code /graphql} with the
 * session of the login form, so that every page sees exactly what the API lets its user see.
 */
package cn.tongxin.graph.workbench;
