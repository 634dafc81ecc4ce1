/* policytext 0.4 -> 0.5 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION policytext UPDATE TO '0.5'" to load this file. \quit
