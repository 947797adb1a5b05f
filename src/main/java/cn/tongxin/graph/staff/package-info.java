/**
 * The staff who do the united-front work (统战干部): a commissioner in every town (统战委员), a liaison in every
 * village and community (统战联络员), and the staff of the sites.
 */
package cn.tongxin.graph.staff;
