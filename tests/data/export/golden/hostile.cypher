// knowledge graph of hostile (1 items), made by kg
// Neo4j 5: cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE
// Safe to run again: constraints IF NOT EXISTS, nodes and relationships by MERGE.

CREATE CONSTRAINT kg_Person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

UNWIND [
  {id: 'person:hostile-0', name: 'O\'Brien \"the boss\" \\ back\\slash', kind: 'person', aliases: ['\'}) DETACH DELETE n //'], items: [1]},
  {id: 'person:hostile-1', name: '\'}) DETACH DELETE n //', kind: 'person', aliases: ['\"}) MATCH (n) DETACH DELETE n; //'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'person:hostile-10', name: 'separator\u2028line and\u2029paragraph', kind: 'person', aliases: ['O\'Brien \"the boss\" \\ back\\slash'], items: [1]},
  {id: 'person:hostile-2', name: '\"}) MATCH (n) DETACH DELETE n; //', kind: 'person', aliases: ['<script>alert(1)</script> & </graphml> ]]> &amp;'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'person:hostile-3', name: '<script>alert(1)</script> & </graphml> ]]> &amp;', kind: 'person', aliases: ['line one\nline two\r\nthree\tfour'], items: [1]},
  {id: 'person:hostile-4', name: 'line one\nline two\r\nthree\tfour', kind: 'person', aliases: ['bell\u0007 escape\u001B unit\u001F separator\u007F'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'person:hostile-5', name: 'bell\u0007 escape\u001B unit\u001F separator\u007F', kind: 'person', aliases: ['\\u0027 is not a quote, nor is \\\' or `tick` or ``double``'], items: [1]},
  {id: 'person:hostile-6', name: '\\u0027 is not a quote, nor is \\\' or `tick` or ``double``', kind: 'person', aliases: ['Parrot 🦜 family 👩‍👧'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'person:hostile-7', name: 'Parrot 🦜 family 👩‍👧', kind: 'person', aliases: ['مكتب الأمم ‏‮reversed‬'], items: [1]},
  {id: 'person:hostile-8', name: 'مكتب الأمم ‏‮reversed‬', kind: 'person', aliases: ['csv, \"quoted\"; semi;colon'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'person:hostile-9', name: 'csv, \"quoted\"; semi;colon', kind: 'person', aliases: ['separator\u2028line and\u2029paragraph'], items: [1]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'organisation:o\'brien\"<&>', name: '<script>alert(1)</script> & </graphml> ]]> &amp;', kind: 'organisation', aliases: ['csv, \"quoted\"; semi;colon', '\\u0027 is not a quote, nor is \\\' or `tick` or ``double``'], items: [1]}
] AS row
MERGE (n:Organisation {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'programme:`tick`', name: 'Parrot 🦜 family 👩‍👧', kind: 'programme', aliases: [], items: [1]}
] AS row
MERGE (n:Programme {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'event:1', name: '\'}) DETACH DELETE n //', kind: 'event', items: [1], n: 1, date: '2020-02-02', end_date: '2020-02-03'}
] AS row
MERGE (n:Event {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.items = row.items, n.n = row.n, n.date = date(row.date), n.end_date = date(row.end_date);

UNWIND [
  {source: 'person:hostile-0', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['O\'Brien \"the boss\" \\ back\\slash'], evidence_rules: ['attended.hostile'], evidence_items: [1]},
  {source: 'person:hostile-1', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['\'}) DETACH DELETE n //'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-10', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['separator\u2028line and\u2029paragraph'], evidence_rules: ['attended.hostile'], evidence_items: [1]},
  {source: 'person:hostile-2', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['\"}) MATCH (n) DETACH DELETE n; //'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-3', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['<script>alert(1)</script> & </graphml> ]]> &amp;'], evidence_rules: ['attended.hostile'], evidence_items: [1]},
  {source: 'person:hostile-4', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['line one\nline two\r\nthree\tfour'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-5', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['bell\u0007 escape\u001B unit\u001F separator\u007F'], evidence_rules: ['attended.hostile'], evidence_items: [1]},
  {source: 'person:hostile-6', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['\\u0027 is not a quote, nor is \\\' or `tick` or ``double``'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-7', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['Parrot 🦜 family 👩‍👧'], evidence_rules: ['attended.hostile'], evidence_items: [1]},
  {source: 'person:hostile-8', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['مكتب الأمم ‏‮reversed‬'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-9', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['csv, \"quoted\"; semi;colon'], evidence_rules: ['attended.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'organisation:o\'brien\"<&>', target: 'programme:`tick`', kind: 'funds', items: [1], weight: 1.0, evidence: ['مكتب الأمم ‏‮reversed‬'], evidence_rules: ['funds.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Organisation {id: row.source})
MATCH (b:Programme {id: row.target})
MERGE (a)-[r:FUNDS]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-0', target: 'organisation:o\'brien\"<&>', kind: 'represents', items: [1], weight: 1.0, evidence: ['line one\nline two\r\nthree\tfour'], evidence_rules: ['represents.hostile'], evidence_items: [1]},
  {source: 'person:hostile-3', target: 'organisation:o\'brien\"<&>', kind: 'represents', items: [1], weight: 1.0, evidence: ['Parrot 🦜 family 👩‍👧'], evidence_rules: ['represents.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Organisation {id: row.target})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:hostile-6', target: 'organisation:o\'brien\"<&>', kind: 'represents', items: [1], weight: 1.0, evidence: ['separator\u2028line and\u2029paragraph'], evidence_rules: ['represents.hostile'], evidence_items: [1]},
  {source: 'person:hostile-9', target: 'organisation:o\'brien\"<&>', kind: 'represents', items: [1], weight: 1.0, evidence: ['\"}) MATCH (n) DETACH DELETE n; //'], evidence_rules: ['represents.hostile'], evidence_items: [1]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Organisation {id: row.target})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

