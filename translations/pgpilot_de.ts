<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>pgpilot</name>
    <message>
        <source>No primary: nothing accepts writes</source>
        <translation>Kein Primary: nichts nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Applications cannot write. repmgrd should promote a standby within its failover timeout.</source>
        <translation>Anwendungen können nicht schreiben. repmgrd sollte innerhalb seines Failover-Zeitlimits einen Standby befördern.</translation>
    </message>
    <message>
        <source>Wait for the automatic failover; if no standby is promoted, check repmgrd on the standbys and promote the most advanced one (switchover or repmgr standby promote).</source>
        <translation>Auf das automatische Failover warten; wird kein Standby befördert, repmgrd auf den Standbys prüfen und den am weitesten fortgeschrittenen befördern (Switchover oder repmgr standby promote).</translation>
    </message>
    <message>
        <source>Split brain: %1 and %2 both accept writes</source>
        <translation>Split-Brain: %1 und %2 nehmen beide Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes</source>
        <translation>Split-Brain: %1 nehmen alle Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Two databases take writes independently; their data is diverging now.</source>
        <translation>Zwei Datenbanken nehmen unabhängig voneinander Schreibzugriffe an; ihre Daten laufen gerade auseinander.</translation>
    </message>
    <message>
        <source>Fence the primary that is not registered in repmgr at once (stop its PostgreSQL), then rejoin it as a standby with pg_rewind.</source>
        <translation>Den Primary, der nicht in repmgr registriert ist, sofort abschotten (sein PostgreSQL anhalten) und ihn dann mit pg_rewind als Standby wieder einbinden.</translation>
    </message>
    <message>
        <source>%1 accepts writes but repmgr does not know it as the primary</source>
        <translation>%1 nimmt Schreibzugriffe an, ist in repmgr aber nicht als Primary bekannt</translation>
    </message>
    <message>
        <source>A node that is not the registered primary takes writes: an old primary came back, or a promotion was not registered.</source>
        <translation>Ein Knoten, der nicht der registrierte Primary ist, nimmt Schreibzugriffe an: ein alter Primary ist zurück, oder eine Beförderung wurde nicht registriert.</translation>
    </message>
    <message>
        <source>Fence %1 unless it is the intended primary; otherwise register it with repmgr (repmgr primary register --force).</source>
        <translation>%1 abschotten, außer er ist der gewollte Primary; dann ihn bei repmgr registrieren (repmgr primary register --force).</translation>
    </message>
    <message>
        <source>No node holds the VIP %1</source>
        <translation>Kein Knoten hält die VIP %1</translation>
    </message>
    <message>
        <source>Applications connecting to the VIP reach nothing.</source>
        <translation>Anwendungen, die sich mit der VIP verbinden, erreichen nichts.</translation>
    </message>
    <message>
        <source>Check Keepalived on every node (systemctl status keepalived) and its check script; at least one node&apos;s HAProxy must be running.</source>
        <translation>Keepalived auf jedem Knoten prüfen (systemctl status keepalived) und sein Prüfskript; auf mindestens einem Knoten muss HAProxy laufen.</translation>
    </message>
    <message>
        <source>The VIP %1 is on %2 at once</source>
        <translation>Die VIP %1 liegt gleichzeitig auf %2</translation>
    </message>
    <message>
        <source>Two nodes answer for the VIP: clients land on either at random.</source>
        <translation>Zwei Knoten antworten für die VIP: Clients landen zufällig auf einem davon.</translation>
    </message>
    <message>
        <source>VRRP packets are not getting through between the nodes: check the firewall (protocol 112) and that every node uses the same virtual_router_id.</source>
        <translation>VRRP-Pakete kommen zwischen den Knoten nicht durch: die Firewall prüfen (Protokoll 112) und ob alle Knoten dieselbe virtual_router_id verwenden.</translation>
    </message>
    <message>
        <source>The VIP is on %1 but its HAProxy does not answer</source>
        <translation>Die VIP liegt auf %1, aber dessen HAProxy antwortet nicht</translation>
    </message>
    <message>
        <source>Applications connect to the VIP and may reach no database.</source>
        <translation>Anwendungen verbinden sich mit der VIP und erreichen womöglich keine Datenbank.</translation>
    </message>
    <message>
        <source>Start HAProxy on %1 (systemctl start haproxy), or stop Keepalived there so the VIP moves to a healthy node.</source>
        <translation>HAProxy auf %1 starten (systemctl start haproxy) oder dort Keepalived anhalten, damit die VIP auf einen gesunden Knoten wechselt.</translation>
    </message>
    <message>
        <source>HAProxy on %1 does not answer</source>
        <translation>HAProxy auf %1 antwortet nicht</translation>
    </message>
    <message>
        <source>If the VIP moves to %1, applications reach no database.</source>
        <translation>Wechselt die VIP auf %1, erreichen Anwendungen keine Datenbank.</translation>
    </message>
    <message>
        <source>Check HAProxy on %1 (systemctl status haproxy) and its stats port.</source>
        <translation>HAProxy auf %1 prüfen (systemctl status haproxy) und seinen Statistik-Port.</translation>
    </message>
    <message>
        <source>HAProxy sends writes nowhere</source>
        <translation>HAProxy leitet Schreibzugriffe nirgendwohin</translation>
    </message>
    <message>
        <source>The write port refuses applications although %1 is a primary.</source>
        <translation>Der Schreib-Port weist Anwendungen ab, obwohl %1 ein Primary ist.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s check of %1 fails: check the health service on %1 (GET /primary).</source>
        <translation>Die HAProxy-Prüfung von %1 schlägt fehl: den Health-Dienst auf %1 prüfen (GET /primary).</translation>
    </message>
    <message>
        <source>HAProxy sends writes to %1, the primary is %2</source>
        <translation>HAProxy leitet Schreibzugriffe an %1, der Primary ist %2</translation>
    </message>
    <message>
        <source>Writes fail or land on the wrong node.</source>
        <translation>Schreibzugriffe schlagen fehl oder landen auf dem falschen Knoten.</translation>
    </message>
    <message>
        <source>Check the health service on every node: only %1 may answer 200 on /primary.</source>
        <translation>Den Health-Dienst auf jedem Knoten prüfen: nur %1 darf auf /primary mit 200 antworten.</translation>
    </message>
    <message>
        <source>%1 (%2) does not answer</source>
        <translation>%1 (%2) antwortet nicht</translation>
    </message>
    <message>
        <source>The registered primary is unreachable; a failover is due.</source>
        <translation>Der registrierte Primary ist nicht erreichbar; ein Failover steht an.</translation>
    </message>
    <message>
        <source>One copy fewer: the cluster tolerates one failure less.</source>
        <translation>Eine Kopie weniger: der Cluster verträgt einen Ausfall weniger.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1: %2. Check the node, its network and PostgreSQL (systemctl status postgresql).</source>
        <translation>PostgreSQL auf %1: %2. Den Knoten, sein Netzwerk und PostgreSQL prüfen (systemctl status postgresql).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the health service does not answer (%1) but PostgreSQL does</source>
        <translation>der Health-Dienst antwortet nicht (%1), PostgreSQL aber schon</translation>
    </message>
    <message>
        <source>the health service says %1, PostgreSQL says %2</source>
        <translation>der Health-Dienst meldet %1, PostgreSQL meldet %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the health service says %1 but PostgreSQL does not answer pgpilot</source>
        <translation>der Health-Dienst meldet %1, aber PostgreSQL antwortet pgpilot nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HAProxy and Keepalived follow the health service: they may route traffic to the wrong node or to none.</source>
        <translation>HAProxy und Keepalived folgen dem Health-Dienst: sie leiten Verkehr womöglich an den falschen Knoten oder an keinen.</translation>
    </message>
    <message>
        <source>%1 is not connected to the primary %2</source>
        <translation>%1 ist nicht mit dem Primary %2 verbunden</translation>
    </message>
    <message>
        <source>%1 replication is in state &quot;%2&quot;</source>
        <translation>Die Replikation von %1 ist im Zustand „%2“</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, the primary on %3</source>
        <translation>%1 ist auf Timeline %2, der Primary auf %3</translation>
    </message>
    <message>
        <source>%1 falls behind and cannot take over without losing data.</source>
        <translation>%1 fällt zurück und kann nicht ohne Datenverlust übernehmen.</translation>
    </message>
    <message>
        <source>Look at PostgreSQL&apos;s log on %1; if it followed an old timeline, rejoin it (repmgr node rejoin --force-rewind).</source>
        <translation>Das PostgreSQL-Protokoll auf %1 lesen; folgte er einer alten Timeline, ihn wieder einbinden (repmgr node rejoin --force-rewind).</translation>
    </message>
    <message>
        <source>%1 lags %2 / %3 s behind the primary</source>
        <translation>%1 liegt %2 / %3 s hinter dem Primary</translation>
    </message>
    <message>
        <source>A failover to %1 now would lose or delay recent transactions.</source>
        <translation>Ein Failover auf %1 würde jetzt jüngste Transaktionen verlieren oder verzögern.</translation>
    </message>
    <message>
        <source>Check the network and disk of %1 and long queries holding replay back (thresholds: %2, %3 s).</source>
        <translation>Netzwerk und Platte von %1 prüfen und lange Abfragen, die das Einspielen aufhalten (Schwellen: %2, %3 s).</translation>
    </message>
    <message>
        <source>repmgrd is not running on %1</source>
        <translation>repmgrd läuft nicht auf %1</translation>
    </message>
    <message>
        <source>No automatic failover involving %1.</source>
        <translation>Kein automatisches Failover unter Beteiligung von %1.</translation>
    </message>
    <message>
        <source>Start it: systemctl start pgpilot-repmgrd on %1.</source>
        <translation>Starten: systemctl start pgpilot-repmgrd auf %1.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>VIP left %1</source>
        <translation>VIP hat %1 verlassen</translation>
    </message>
    <message>
        <source>VIP on %1</source>
        <translation>VIP auf %1</translation>
    </message>
    <message>
        <source>VIP moved %1 → %2</source>
        <translation>VIP wechselte %1 → %2</translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation>behoben: %1</translation>
    </message>
    <message>
        <source>repmgr: %1 on node %2%3: %4</source>
        <translation>repmgr: %1 auf Knoten %2%3: %4</translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation> (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>writes + reads</source>
        <translation>Schreiben + Lesen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cluster %1 at %2: %3
</source>
        <translation>Cluster %1 um %2: %3
</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>%1 alarm(s)</source>
        <translation>%1 Alarm(e)</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>tl</source>
        <translation>TL</translation>
    </message>
    <message>
        <source>haproxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>writes -&gt; %1; reads -&gt; %2
</source>
        <translation>Schreiben -&gt; %1; Lesen -&gt; %2
</translation>
    </message>
    <message>
        <source>what to do: </source>
        <translation>Was tun: </translation>
    </message>
    <message>
        <source>DESTRUCTIVE: </source>
        <translation>ZERSTÖRERISCH: </translation>
    </message>
    <message>
        <source>%1: already done</source>
        <translation>%1: bereits erledigt</translation>
    </message>
    <message>
        <source>The subnet is empty: write it with its prefix length, e.g. 10.0.1.0/24.</source>
        <translation>Das Subnetz ist leer: mit Präfixlänge angeben, z. B. 10.0.1.0/24.</translation>
    </message>
    <message>
        <source>Write the subnet with its prefix length, e.g. %1/24.</source>
        <translation>Das Subnetz mit Präfixlänge angeben, z. B. %1/24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 network address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Netzadresse.</translation>
    </message>
    <message>
        <source>The prefix length must be a number from 1 to %1.</source>
        <translation>Die Präfixlänge muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>%1 has host bits set for a /%2 subnet: did you mean %3/%2?</source>
        <translation>In %1 sind für ein /%2-Subnetz Host-Bits gesetzt: war %3/%2 gemeint?</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2). It may be damaged or not a pgpilot cluster file.</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile %1: %2). Sie ist womöglich beschädigt oder keine pgpilot-Cluster-Datei.</translation>
    </message>
    <message>
        <source>The file is JSON but not a pgpilot cluster file (no object at the top).</source>
        <translation>Die Datei ist JSON, aber keine pgpilot-Cluster-Datei (oben steht kein Objekt).</translation>
    </message>
    <message>
        <source>This is not a pgpilot cluster file (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Dies ist keine pgpilot-Cluster-Datei („format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The file has no valid schemaVersion.</source>
        <translation>Die Datei hat keine gültige schemaVersion.</translation>
    </message>
    <message>
        <source>The file was written by a newer pgpilot (schema version %1; this one reads up to %2). Open it with that version; the file was left unchanged.</source>
        <translation>Die Datei stammt von einem neueren pgpilot (Schemaversion %1; dieses liest bis %2). Mit jener Version öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The cluster file is damaged: %1</source>
        <translation>Die Cluster-Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be a pgpilot cluster file.</source>
        <translation>%1 ist zu groß (%2 Bytes) für eine pgpilot-Cluster-Datei.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>fenced</source>
        <translation>abgeschottet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the current primary</source>
        <translation>der jetzige Primary</translation>
    </message>
    <message>
        <source>%1 becomes the primary of cluster %2 and %3 becomes a standby of it. repmgr shuts %3 down cleanly (every write it acknowledged is sent to %1 first), promotes %1, restarts %3 as a standby and makes the other standbys follow %1.
Clients: writes through %4 pause for a few seconds while HAProxy and the VIP switch; open connections to %3 are cut and must reconnect. Reads through %5 go on (a standby restarting drops its sessions). No acknowledged write is lost.</source>
        <translation>%1 wird Primary von Cluster %2 und %3 ein Standby davon. repmgr fährt %3 sauber herunter (jeder bestätigte Schreibzugriff geht zuerst an %1), befördert %1, startet %3 als Standby neu und lässt die übrigen Standbys %1 folgen.
Clients: Schreibzugriffe über %4 pausieren einige Sekunden, während HAProxy und die VIP umschalten; offene Verbindungen zu %3 werden getrennt und müssen sich neu verbinden. Lesezugriffe über %5 laufen weiter (ein neu startender Standby trennt seine Sitzungen). Kein bestätigter Schreibzugriff geht verloren.</translation>
    </message>
    <message>
        <source>WARNING: this deletes the whole data directory of %1 and copies it afresh from %2 (takes as long as copying the database). PostgreSQL on %1 stays stopped until the copy is a standby of %2; any write %1 accepted that never reached %2 is lost for good.
Clients: nothing changes for writes (%1 is not the primary); %1 serves reads through %3 again once it streams.</source>
        <translation>WARNUNG: dies löscht das ganze Datenverzeichnis von %1 und kopiert es neu von %2 (dauert so lange wie das Kopieren der Datenbank). PostgreSQL auf %1 bleibt angehalten, bis die Kopie ein Standby von %2 ist; jeder Schreibzugriff, den %1 annahm und der %2 nie erreichte, ist endgültig verloren.
Clients: für Schreibzugriffe ändert sich nichts (%1 ist nicht der Primary); %1 bedient Lesezugriffe über %3 wieder, sobald er streamt.</translation>
    </message>
    <message>
        <source>%1 rejoins cluster %2 as a standby of %3. PostgreSQL on %1 is stopped if it runs and stays stopped; a crash is recovered in single-user mode (no connections); pg_rewind then discards what %1 wrote after the cluster moved on (writes no client of the cluster saw acknowledged through %4 since the failover), and %1 starts as a standby - never as a primary.
Clients: writes through %4 are not affected; %1 serves reads through %5 again once it streams. If pg_rewind cannot do it, pgpilot offers a re-clone.</source>
        <translation>%1 kehrt als Standby von %3 in Cluster %2 zurück. PostgreSQL auf %1 wird angehalten, falls es läuft, und bleibt angehalten; ein Absturz wird im Einzelbenutzermodus behoben (keine Verbindungen); pg_rewind verwirft dann, was %1 schrieb, nachdem der Cluster weitergezogen war (Schreibzugriffe, die kein Client des Clusters seit dem Failover über %4 bestätigt sah), und %1 startet als Standby – nie als Primary.
Clients: Schreibzugriffe über %4 sind nicht betroffen; %1 bedient Lesezugriffe über %5 wieder, sobald er streamt. Schafft pg_rewind es nicht, bietet pgpilot ein Neuklonen an.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped now (fast shutdown: its open connections are cut) and kept from starting (start.conf disabled, unit masked, fence mark) until %1 is rejoined. Its health service answers 503 from now on, so HAProxy on every node and Keepalived keep it out.
Clients: if %1 is the real primary, writes through %2 stop until repmgrd promotes a standby; otherwise they only lose connections that reached %1.</source>
        <translation>PostgreSQL auf %1 wird jetzt angehalten (schnelles Herunterfahren: offene Verbindungen werden getrennt) und am Starten gehindert (start.conf deaktiviert, Unit maskiert, Abschottungsmarke), bis %1 wieder eingebunden ist. Sein Health-Dienst antwortet ab jetzt mit 503, daher halten HAProxy auf jedem Knoten und Keepalived ihn heraus.
Clients: ist %1 der echte Primary, stoppen Schreibzugriffe über %2, bis repmgrd einen Standby befördert; sonst verlieren sie nur Verbindungen, die bei %1 ankamen.</translation>
    </message>
    <message>
        <source>%1 is installed (phases 1-2), cloned from %2 and registered as a standby of cluster %3; HAProxy and Keepalived on every node are reloaded (not restarted) to know it.
Clients: no interruption; %1 serves reads through %4 once it streams. The clone reads the whole database from %2.</source>
        <translation>%1 wird installiert (Phasen 1-2), von %2 geklont und als Standby von Cluster %3 registriert; HAProxy und Keepalived werden auf jedem Knoten neu geladen (nicht neu gestartet), um ihn zu kennen.
Clients: keine Unterbrechung; %1 bedient Lesezugriffe über %4, sobald er streamt. Das Klonen liest die ganze Datenbank von %2.</translation>
    </message>
    <message>
        <source>%1 is stopped (its PostgreSQL kept from starting), unregistered from repmgr, its replication slot dropped, and HAProxy and Keepalived on the other nodes reloaded without it. Its data directory stays on the node.
Clients: sessions reading from %1 through %2 are cut and reconnect to another standby; writes are not affected.</source>
        <translation>%1 wird angehalten (sein PostgreSQL am Starten gehindert), bei repmgr abgemeldet, sein Replikations-Slot gelöscht, und HAProxy und Keepalived auf den anderen Knoten werden ohne ihn neu geladen. Sein Datenverzeichnis bleibt auf dem Knoten.
Clients: Sitzungen, die über %2 von %1 lesen, werden getrennt und verbinden sich mit einem anderen Standby; Schreibzugriffe sind nicht betroffen.</translation>
    </message>
    <message>
        <source>No node given.</source>
        <translation>Kein Knoten angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2 (add its row to the worksheet first).</source>
        <translation>%1 ist kein Knoten von Cluster %2 (zuerst seine Zeile im Arbeitsblatt anlegen).</translation>
    </message>
    <message>
        <source>Cluster %1 has %2 nodes: removing one leaves no standby.</source>
        <translation>Cluster %1 hat %2 Knoten: ohne einen davon bleibt kein Standby.</translation>
    </message>
    <message>
        <source>Only the last node of the worksheet (%1) can be removed: node ids are worksheet positions, so removing %2 would renumber the nodes after it.</source>
        <translation>Nur der letzte Knoten des Arbeitsblatts (%1) kann entfernt werden: Knoten-IDs sind Positionen im Arbeitsblatt, das Entfernen von %2 würde die Knoten danach neu nummerieren.</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Writes wait: no standby of the synchronous quorum is streaming</source>
        <translation>Schreibvorgänge warten: kein Standby des synchronen Quorums streamt</translation>
    </message>
    <message>
        <source>Writes wait: 1 of the %1 standbys the synchronous quorum needs is streaming</source>
        <translation>Schreibvorgänge warten: 1 der %1 Standbys, die das synchrone Quorum braucht, streamt</translation>
    </message>
    <message>
        <source>Writes wait: %1 of the %2 standbys the synchronous quorum needs are streaming</source>
        <translation>Schreibvorgänge warten: %1 der %2 Standbys, die das synchrone Quorum braucht, streamen</translation>
    </message>
    <message>
        <source>Commits on %1 do not return to the applications until %2 standby(s) confirm them. If %1 stays cut off from a majority of the cluster, it may stop itself.</source>
        <translation>Commits auf %1 kehren erst zu den Anwendungen zurück, wenn %2 Standby(s) sie bestätigen. Bleibt %1 von einer Mehrheit des Clusters getrennt, kann er sich selbst anhalten.</translation>
    </message>
    <message>
        <source>Only if you accept losing acknowledged writes in a failover: switch the worksheet to asynchronous replication and apply phase 2.</source>
        <translation>Nur wenn Sie bestätigte Schreibvorgänge bei einem Failover verlieren dürfen: stellen Sie das Arbeitsblatt auf asynchrone Replikation um und führen Sie Phase 2 aus.</translation>
    </message>
    <message>
        <source>synchronous_standby_names on %1 names fewer standbys than it needs (&quot;%2&quot;): add standbys. %3</source>
        <translation>synchronous_standby_names auf %1 nennt weniger Standbys als nötig („%2“): fügen Sie Standbys hinzu. %3</translation>
    </message>
    <message>
        <source>Start or repair %1 (not streaming). %2</source>
        <translation>Starten oder reparieren Sie %1 (streamt nicht). %2</translation>
    </message>
    <message>
        <source>asynchronous replication</source>
        <translation>asynchrone Replikation</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>New passwords for %1 of cluster %2: pgpilot stores them in the keychain under pending keys first, then %3 stores their SCRAM verifiers and every node&apos;s .pgpass gets the new repmgr password; once a login with each new password works on every node, the pending keys become the real ones. An interrupted run is finished by the next one.
Clients: open sessions go on; new logins with an old password are refused from then on (the dashboard and status re-read the keychain). Writes through %4 go on.</source>
        <translation>Neue Passwörter für %1 von Cluster %2: pgpilot legt sie zuerst unter vorläufigen Schlüsseln im Schlüsselbund ab, dann speichert %3 ihre SCRAM-Verifier, und die .pgpass jedes Knotens erhält das neue repmgr-Passwort; sobald die Anmeldung mit jedem neuen Passwort auf jedem Knoten gelingt, werden die vorläufigen Schlüssel zu den endgültigen. Ein unterbrochener Lauf wird vom nächsten abgeschlossen.
Clients: Offene Sitzungen laufen weiter; neue Anmeldungen mit einem alten Passwort werden ab dann abgewiesen (Dashboard und Status lesen den Schlüsselbund neu). Schreibzugriffe über %4 laufen weiter.</translation>
    </message>
    <message>
        <source>There is no secret store to keep the new passwords in.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in dem die neuen Passwörter abgelegt werden könnten.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): %2</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>The new password could not be stored (%1): %2</source>
        <translation>Das neue Passwort konnte nicht gespeichert werden (%1): %2</translation>
    </message>
    <message>
        <source>The keychain did not keep the new password (%1).</source>
        <translation>Der Schlüsselbund hat das neue Passwort nicht behalten (%1).</translation>
    </message>
    <message>
        <source>There is no secret store.</source>
        <translation>Es gibt keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The password %1 has %2 characters; pgpilot accepts 16 to 256 (run rotate-secrets for a new one, or store a longer one).</source>
        <translation>Das Passwort %1 hat %2 Zeichen; pgpilot akzeptiert 16 bis 256 (führen Sie rotate-secrets für ein neues aus oder speichern Sie ein längeres).</translation>
    </message>
    <message>
        <source>The password %1 holds a character pgpilot does not send (a space, a control character or a non-ASCII byte): only printable ASCII without space is accepted.</source>
        <translation>Das Passwort %1 enthält ein Zeichen, das pgpilot nicht sendet (ein Leerzeichen, ein Steuerzeichen oder ein Nicht-ASCII-Byte): Nur druckbares ASCII ohne Leerzeichen wird akzeptiert.</translation>
    </message>
    <message>
        <source>pgpilot holds no verified SSH host key for %1 (%2) in %3, so it cannot tell the other nodes which key to expect.</source>
        <translation>pgpilot besitzt für %1 (%2) in %3 keinen geprüften SSH-Hostschlüssel und kann den anderen Knoten daher nicht sagen, welchen Schlüssel sie erwarten sollen.</translation>
    </message>
    <message>
        <source>pgpilot runbook for cluster %1, node %2 (dry run, for review).
Secrets appear as placeholders ({{secret:&lt;keychain key&gt;}}, {{scram:&lt;key&gt;}} for a password&apos;s SCRAM verifier, {{pgpass:&lt;key&gt;}} for it escaped in .pgpass), and so do the nodes&apos; SSH host keys ({{hostkeys}}: those pgpilot verified): this script does not run as is.
Steps run in this order; pgpilot runs steps that target several nodes on all of them before the next step.</source>
        <translation>pgpilot-Runbook für Cluster %1, Knoten %2 (Probelauf, zur Durchsicht).
Geheimnisse erscheinen als Platzhalter ({{secret:&lt;Schlüsselbund-Schlüssel&gt;}}, {{scram:&lt;Schlüssel&gt;}} für den SCRAM-Verifier eines Passworts, {{pgpass:&lt;Schlüssel&gt;}} für den in .pgpass maskierten Wert), ebenso die SSH-Hostschlüssel der Knoten ({{hostkeys}}: die von pgpilot geprüften): Dieses Skript läuft so nicht.
Die Schritte laufen in dieser Reihenfolge; Schritte für mehrere Knoten führt pgpilot auf allen aus, bevor der nächste beginnt.</translation>
    </message>
    <message>
        <source>%1&apos;s TLS certificate expired on %2</source>
        <translation>Das TLS-Zertifikat von %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>Renew the node certificates: pgpilot renew-certs (PostgreSQL reloads them, no restart).</source>
        <translation>Die Knotenzertifikate erneuern: pgpilot renew-certs (PostgreSQL lädt sie neu, kein Neustart).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>certificate until %1</source>
        <translation>Zertifikat bis %1</translation>
    </message>
    <message>
        <source>The new certificate could not be stored (%1): %2</source>
        <translation>Das neue Zertifikat konnte nicht gespeichert werden (%1): %2</translation>
    </message>
    <message>
        <source>The keychain did not keep the new certificate (%1).</source>
        <translation>Der Schlüsselbund hat das neue Zertifikat nicht behalten (%1).</translation>
    </message>
    <message>
        <source>No renewed certificate of %1 is waiting in the keychain (%2): with the site&apos;s own certificates, import the new ones first (pgpilot import-certs --renewal, or File &gt; Import site certificates).</source>
        <translation>Im Schlüsselbund wartet kein erneuertes Zertifikat von %1 (%2): Bei eigenen Zertifikaten des Standorts zuerst die neuen importieren (pgpilot import-certs --renewal oder Datei &gt; Standortzertifikate importieren).</translation>
    </message>
    <message>
        <source>No new certificate for %1: %2</source>
        <translation>Kein neues Zertifikat für %1: %2</translation>
    </message>
    <message>
        <source>There is no secret store to keep the new certificates in.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in dem die neuen Zertifikate abgelegt werden könnten.</translation>
    </message>
    <message>
        <source>The site CA&apos;s certificate (%1) is not in this keychain. Import the site&apos;s certificates first (pgpilot import-certs).</source>
        <translation>Das Zertifikat der Standort-CA (%1) ist nicht in diesem Schlüsselbund. Importieren Sie zuerst die Zertifikate des Standorts (pgpilot import-certs).</translation>
    </message>
    <message>
        <source>The cluster CA (%1, %2) is not in this keychain: only a workstation that holds it can issue certificates. Import the cluster&apos;s secrets (import-secrets) from the workstation that built it.</source>
        <translation>Die Cluster-CA (%1, %2) ist nicht in diesem Schlüsselbund: Nur ein Arbeitsplatz, der sie hat, kann Zertifikate ausstellen. Importieren Sie die Geheimnisse des Clusters (import-secrets) von dem Arbeitsplatz, der ihn eingerichtet hat.</translation>
    </message>
    <message>
        <source>The cluster CA&apos;s key in the keychain does not belong to its certificate (%1)</source>
        <translation>Der Schlüssel der Cluster-CA im Schlüsselbund gehört nicht zu ihrem Zertifikat (%1)</translation>
    </message>
    <message>
        <source>Every node of cluster %1 gets a new key and certificate signed by the cluster CA: pgpilot stores them in the keychain under pending keys first, writes them on each node as postgres and has PostgreSQL reload them (no restart); once every node serves its new certificate, the pending keys become the real ones. An interrupted run is finished by the next one.
Clients: nothing is cut; open sessions and replication keep their connections, new connections see the new certificate. Writes through %2 go on.</source>
        <translation>Jeder Knoten von Cluster %1 erhält einen neuen Schlüssel und ein neues, von der Cluster-CA signiertes Zertifikat: pgpilot legt sie zuerst unter vorläufigen Schlüsseln im Schlüsselbund ab, schreibt sie als postgres auf jeden Knoten und lässt PostgreSQL sie neu laden (kein Neustart); sobald jeder Knoten sein neues Zertifikat präsentiert, werden die vorläufigen Schlüssel zu den endgültigen. Ein unterbrochener Lauf wird vom nächsten abgeschlossen.
Clients: Nichts wird getrennt; offene Sitzungen und die Replikation behalten ihre Verbindungen, neue Verbindungen sehen das neue Zertifikat. Schreibzugriffe über %2 laufen weiter.</translation>
    </message>
    <message>
        <source>Cluster %1 does not use verified TLS (worksheet tls.mode): it has no certificates of pgpilot&apos;s to renew.</source>
        <translation>Cluster %1 verwendet kein geprüftes TLS (tls.mode im Arbeitsblatt): Es hat keine Zertifikate von pgpilot, die zu erneuern wären.</translation>
    </message>
    <message>
        <source>The new value %1 could not be read back: %2</source>
        <translation>Der neue Wert %1 konnte nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The new value could not be stored under %1 (it stays under %2): %3</source>
        <translation>Der neue Wert konnte nicht unter %1 gespeichert werden (er bleibt unter %2): %3</translation>
    </message>
    <message>
        <source>%1: the certificate file holds no PEM certificate.</source>
        <translation>%1: Die Zertifikatsdatei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: the key file does not hold the private key of its certificate (or the key is encrypted: PostgreSQL must read it at a reload without a passphrase).</source>
        <translation>%1: Die Schlüsseldatei enthält nicht den privaten Schlüssel ihres Zertifikats (oder der Schlüssel ist verschlüsselt: PostgreSQL muss ihn beim Neuladen ohne Passphrase lesen können).</translation>
    </message>
    <message>
        <source>%1: the certificate is a CA certificate, not a server&apos;s.</source>
        <translation>%1: Das Zertifikat ist ein CA-Zertifikat, kein Serverzertifikat.</translation>
    </message>
    <message>
        <source>%1: the certificate does not verify against the site CA: %2. Put any intermediate certificates after it in the certificate file.</source>
        <translation>%1: Das Zertifikat lässt sich nicht gegen die Standort-CA prüfen: %2. Etwaige Zwischenzertifikate in der Zertifikatsdatei hinter das Zertifikat stellen.</translation>
    </message>
    <message>
        <source>%1: the certificate does not name %2 among its subject alternative names (it names %3), so verify-full would refuse it. Ask for a certificate with IP names for the node&apos;s address and the VIP.</source>
        <translation>%1: Das Zertifikat nennt %2 nicht unter seinen Subject Alternative Names (es nennt %3), daher würde verify-full es ablehnen. Ein Zertifikat mit IP-Namen für die Adresse des Knotens und die VIP anfordern.</translation>
    </message>
    <message>
        <source>%1: the certificate expires on %2, in less than %3 days.</source>
        <translation>%1: Das Zertifikat läuft am %2 ab, in weniger als %3 Tagen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a certificate or key file.</source>
        <translation>%1 ist größer als 1 MiB: keine Zertifikats- oder Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The worksheet&apos;s TLS mode is %1: the site&apos;s certificates are used only with the mode &quot;site&quot;. Change it on the worksheet first.</source>
        <translation>Der TLS-Modus des Arbeitsblatts ist %1: Die Zertifikate des Standorts werden nur im Modus „site“ verwendet. Zuerst im Arbeitsblatt ändern.</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA file&apos;s certificate (%1) is not a CA certificate.</source>
        <translation>Das Zertifikat der CA-Datei (%1) ist kein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: no certificate and key were given for this node.</source>
        <translation>%1: Für diesen Knoten wurden kein Zertifikat und kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster %2.</source>
        <translation>%1 ist kein Knoten des Clusters %2.</translation>
    </message>
    <message>
        <source>There is no secret store to keep the certificates in.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in dem die Zertifikate abgelegt werden könnten.</translation>
    </message>
    <message>
        <source>No site CA is stored yet (%1): import the certificates without --renewal first, then run phase 2.</source>
        <translation>Es ist noch keine Standort-CA gespeichert (%1): Zuerst die Zertifikate ohne --renewal importieren, dann Phase 2 ausführen.</translation>
    </message>
    <message>
        <source>The CA file is not the CA the nodes trust now (%1). renew-certs keeps the CA; a new site CA means importing without --renewal and running phase 2 again.</source>
        <translation>Die CA-Datei ist nicht die CA, der die Knoten jetzt vertrauen (%1). renew-certs behält die CA bei; eine neue Standort-CA heißt: ohne --renewal importieren und Phase 2 erneut ausführen.</translation>
    </message>
    <message>
        <source>%1&apos;s TLS certificate expires on %2, in %n day(s)</source>
        <translation>Das TLS-Zertifikat von %1 läuft am %2 ab, in %n Tag(en)</translation>
    </message>
    <message>
        <source>Once it has expired, the standbys, repmgr and pgpilot refuse to connect to %1: replication from it and any failover to it stop working.</source>
        <translation>Sobald es abgelaufen ist, verweigern die Standbys, repmgr und pgpilot die Verbindung zu %1: Replikation von dort und jedes Failover dorthin funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not read: %1
</source>
        <translation>nicht gelesen: %1
</translation>
    </message>
    <message>
        <source>HAProxy has no frontend that routes writes</source>
        <translation>HAProxy hat kein Frontend, das Schreibzugriffe weiterleitet</translation>
    </message>
    <message>
        <source>Applications that connect to the VIP&apos;s write port reach nothing.</source>
        <translation>Anwendungen, die sich mit dem Schreib-Port der VIP verbinden, erreichen nichts.</translation>
    </message>
    <message>
        <source>%1: no frontend with a backend</source>
        <translation>%1: kein Frontend mit einem Backend</translation>
    </message>
    <message>
        <source>HAProxy checks only that the health port accepts a connection</source>
        <translation>HAProxy prüft nur, ob der Health-Port eine Verbindung annimmt</translation>
    </message>
    <message>
        <source>Every node whose health service runs passes that check, so after a failover HAProxy keeps sending writes to the server it listed first (the old primary), and clients on the demoted node are not disconnected.</source>
        <translation>Jeder Knoten, auf dem der Health-Service läuft, besteht diese Prüfung; nach einem Failover schickt HAProxy Schreibzugriffe daher weiter an den zuerst aufgeführten Server (den alten Primary), und Clients auf dem herabgestuften Knoten werden nicht getrennt.</translation>
    </message>
    <message>
        <source>%1:%2: backend %3 has no option httpchk</source>
        <translation>%1:%2: Backend %3 hat keine option httpchk</translation>
    </message>
    <message>
        <source>HAProxy keeps client sessions on a server its check marks down</source>
        <translation>HAProxy hält Client-Sitzungen auf einem Server, den seine Prüfung als ausgefallen markiert</translation>
    </message>
    <message>
        <source>Clients stay connected to a demoted primary and their writes fail until they reconnect by themselves.</source>
        <translation>Clients bleiben mit einem herabgestuften Primary verbunden, und ihre Schreibzugriffe schlagen fehl, bis sie sich selbst neu verbinden.</translation>
    </message>
    <message>
        <source>%1:%2: backend %3 without on-marked-down shutdown-sessions</source>
        <translation>%1:%2: Backend %3 ohne on-marked-down shutdown-sessions</translation>
    </message>
    <message>
        <source>HAProxy closes idle connections after less than 10 minutes</source>
        <translation>HAProxy schließt inaktive Verbindungen nach weniger als 10 Minuten</translation>
    </message>
    <message>
        <source>Mattermost&apos;s pooled database connections sit idle between requests: HAProxy cuts them, and the application sees errors or reconnects all day.</source>
        <translation>Die gepoolten Datenbankverbindungen von Mattermost sind zwischen Anfragen inaktiv: HAProxy trennt sie, und die Anwendung sieht den ganzen Tag Fehler oder verbindet sich neu.</translation>
    </message>
    <message>
        <source>HAProxy has no stats listener</source>
        <translation>HAProxy hat keinen Stats-Listener</translation>
    </message>
    <message>
        <source>Nobody can see which backend servers HAProxy thinks are up; pgpilot&apos;s dashboard cannot show where writes and reads go.</source>
        <translation>Niemand sieht, welche Backend-Server HAProxy für verfügbar hält; das Dashboard von pgpilot kann nicht anzeigen, wohin Schreib- und Lesezugriffe gehen.</translation>
    </message>
    <message>
        <source>%1: no listen section with stats enable</source>
        <translation>%1: kein listen-Abschnitt mit stats enable</translation>
    </message>
    <message>
        <source>Nothing listens on the health port</source>
        <translation>Auf dem Health-Port lauscht nichts</translation>
    </message>
    <message>
        <source>HAProxy&apos;s checks of this node fail: it gets no traffic, even as the primary.</source>
        <translation>Die Prüfungen von HAProxy für diesen Knoten schlagen fehl: Er erhält keinen Verkehr, selbst als Primary.</translation>
    </message>
    <message>
        <source>port %1: no listener</source>
        <translation>Port %1: kein Listener</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>The health service runs as root</source>
        <translation>Der Health-Service läuft als root</translation>
    </message>
    <message>
        <source>A service any host on the network can talk to runs with every privilege. The guide&apos;s pgchk.py as root cannot even log in to PostgreSQL under Debian&apos;s peer authentication, so every check answers 503.</source>
        <translation>Ein Dienst, mit dem jeder Host im Netz sprechen kann, läuft mit allen Rechten. Das pgchk.py der Anleitung kann sich als root unter der peer-Authentifizierung von Debian nicht einmal bei PostgreSQL anmelden, daher antwortet jede Prüfung mit 503.</translation>
    </message>
    <message>
        <source>The health service is not pgpilot&apos;s</source>
        <translation>Der Health-Service ist nicht der von pgpilot</translation>
    </message>
    <message>
        <source>It answers only primary or replica, one request at a time, with no bound on PostgreSQL&apos;s answer: a slow query stalls every check, and pgpilot cannot read lag, timeline or fencing from it.</source>
        <translation>Er antwortet nur mit primary oder replica, eine Anfrage nach der anderen, ohne Zeitlimit für die Antwort von PostgreSQL: Eine langsame Abfrage blockiert jede Prüfung, und pgpilot kann daraus weder Verzögerung, Timeline noch Fencing lesen.</translation>
    </message>
    <message>
        <source>Keepalived tracks nothing: the VIP does not follow the primary</source>
        <translation>Keepalived überwacht nichts: Die VIP folgt dem Primary nicht</translation>
    </message>
    <message>
        <source>The VIP moves only when Keepalived itself dies. After a failover it stays on the old primary, whose HAProxy has nowhere to send writes: the applications&apos; writes fail.</source>
        <translation>Die VIP wechselt nur, wenn Keepalived selbst ausfällt. Nach einem Failover bleibt sie auf dem alten Primary, dessen HAProxy Schreibzugriffe nirgendwohin schicken kann: Die Schreibzugriffe der Anwendungen schlagen fehl.</translation>
    </message>
    <message>
        <source>%1:%2: vrrp_instance %3 has no track_script</source>
        <translation>%1:%2: vrrp_instance %3 hat kein track_script</translation>
    </message>
    <message>
        <source>Keepalived accepts VRRP adverts from any host on the subnet</source>
        <translation>Keepalived akzeptiert VRRP-Advertisements von jedem Host im Subnetz</translation>
    </message>
    <message>
        <source>A host on the same network that sends adverts with a higher priority takes the VIP, and the applications&apos; connections with it.</source>
        <translation>Ein Host im selben Netz, der Advertisements mit höherer Priorität sendet, übernimmt die VIP und damit die Verbindungen der Anwendungen.</translation>
    </message>
    <message>
        <source>%1:%2: vrrp_instance %3 uses multicast, no unicast_peer list</source>
        <translation>%1:%2: vrrp_instance %3 verwendet Multicast, keine unicast_peer-Liste</translation>
    </message>
    <message>
        <source>repmgrd&apos;s unit passes --no-daemonize, which repmgrd does not know</source>
        <translation>Die Unit von repmgrd übergibt --no-daemonize, das repmgrd nicht kennt</translation>
    </message>
    <message>
        <source>repmgrd prints its usage and exits: automatic failover never runs.</source>
        <translation>repmgrd gibt seine Verwendungshinweise aus und beendet sich: Ein automatischer Failover findet nie statt.</translation>
    </message>
    <message>
        <source>repmgrd.service: %1</source>
        <translation>repmgrd.service: %1</translation>
    </message>
    <message>
        <source>repmgrd is not running</source>
        <translation>repmgrd läuft nicht</translation>
    </message>
    <message>
        <source>Nothing promotes a standby when the primary fails.</source>
        <translation>Nichts befördert einen Standby, wenn der Primary ausfällt.</translation>
    </message>
    <message>
        <source>systemctl is-active: %1</source>
        <translation>systemctl is-active: %1</translation>
    </message>
    <message>
        <source>repmgrd&apos;s unit depends on Debian&apos;s umbrella postgresql.service</source>
        <translation>Die Unit von repmgrd hängt von Debians Sammel-Unit postgresql.service ab</translation>
    </message>
    <message>
        <source>That unit does not follow the real cluster (postgresql@&lt;version&gt;-main): repmgrd&apos;s start and stop are not tied to PostgreSQL&apos;s.</source>
        <translation>Diese Unit folgt nicht dem tatsächlichen Cluster (postgresql@&lt;version&gt;-main): Start und Stopp von repmgrd sind nicht an die von PostgreSQL gebunden.</translation>
    </message>
    <message>
        <source>repmgrd.service: Requires=postgresql.service</source>
        <translation>repmgrd.service: Requires=postgresql.service</translation>
    </message>
    <message>
        <source>repmgr&apos;s promote and follow commands have no full path</source>
        <translation>Die promote- und follow-Befehle von repmgr haben keinen vollständigen Pfad</translation>
    </message>
    <message>
        <source>repmgrd runs them with its own PATH: where repmgr is not on it, promotion fails in the middle of a failover.</source>
        <translation>repmgrd führt sie mit seinem eigenen PATH aus: Wo repmgr darin fehlt, schlägt die Beförderung mitten in einem Failover fehl.</translation>
    </message>
    <message>
        <source>Nothing lets postgres run pg_ctlcluster through sudo</source>
        <translation>Nichts erlaubt postgres, pg_ctlcluster über sudo auszuführen</translation>
    </message>
    <message>
        <source>repmgr&apos;s service commands fail: switchover and rejoin cannot stop or start PostgreSQL.</source>
        <translation>Die service-Befehle von repmgr schlagen fehl: Switchover und Rejoin können PostgreSQL weder stoppen noch starten.</translation>
    </message>
    <message>
        <source>The postgres user has no SSH key for the other nodes</source>
        <translation>Der Benutzer postgres hat keinen SSH-Schlüssel für die anderen Knoten</translation>
    </message>
    <message>
        <source>repmgr standby switchover logs in to the other nodes as postgres: a planned switchover fails.</source>
        <translation>repmgr standby switchover meldet sich als postgres an den anderen Knoten an: Ein geplanter Switchover schlägt fehl.</translation>
    </message>
    <message>
        <source>~postgres/.ssh: no key</source>
        <translation>~postgres/.ssh: kein Schlüssel</translation>
    </message>
    <message>
        <source>Replication settings are appended to postgresql.conf</source>
        <translation>Replikationseinstellungen werden an postgresql.conf angehängt</translation>
    </message>
    <message>
        <source>They come after include_dir &apos;conf.d&apos;, so they override what pgpilot writes there, and running the step again appends them twice.</source>
        <translation>Sie stehen nach include_dir &apos;conf.d&apos; und überschreiben daher, was pgpilot dort schreibt; wird der Schritt erneut ausgeführt, werden sie ein zweites Mal angehängt.</translation>
    </message>
    <message>
        <source>Running the step again appends them twice; a later edit of the file decides which copy wins.</source>
        <translation>Wird der Schritt erneut ausgeführt, werden sie ein zweites Mal angehängt; eine spätere Änderung der Datei entscheidet, welche Kopie gilt.</translation>
    </message>
    <message>
        <source>WAL archiving throws every segment away</source>
        <translation>Die WAL-Archivierung verwirft jedes Segment</translation>
    </message>
    <message>
        <source>archive_command succeeds without keeping anything: there is no point-in-time recovery, and the setting looks like a working archive.</source>
        <translation>archive_command meldet Erfolg, ohne etwas aufzubewahren: Es gibt keine Point-in-Time-Recovery, und die Einstellung sieht wie ein funktionierendes Archiv aus.</translation>
    </message>
    <message>
        <source>Replication slots may hold back WAL without limit</source>
        <translation>Replikations-Slots können WAL unbegrenzt zurückhalten</translation>
    </message>
    <message>
        <source>A standby that is down keeps its slot: the primary keeps every WAL segment for it until its disk is full and it stops accepting writes.</source>
        <translation>Ein ausgefallener Standby behält seinen Slot: Der Primary bewahrt jedes WAL-Segment dafür auf, bis seine Platte voll ist und er keine Schreibzugriffe mehr annimmt.</translation>
    </message>
    <message>
        <source>Nodes and clients log in without verified TLS</source>
        <translation>Knoten und Clients melden sich ohne verifiziertes TLS an</translation>
    </message>
    <message>
        <source>Replication, repmgr and the SCRAM login exchange cross the network unverified: a host on the subnet can read the data or pose as a node. pgpilot&apos;s default is TLS verified against the cluster&apos;s CA (tls.mode verify-full).</source>
        <translation>Replikation, repmgr und der SCRAM-Anmeldeaustausch laufen unverifiziert über das Netz: Ein Host im Subnetz kann die Daten mitlesen oder sich als Knoten ausgeben. Standard von pgpilot ist TLS, verifiziert gegen die CA des Clusters (tls.mode verify-full).</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Commits do not wait for any standby</source>
        <translation>Commits warten auf keinen Standby</translation>
    </message>
    <message>
        <source>The worksheet asks for a synchronous quorum, the primary runs asynchronously: a failover loses the commits acknowledged just before it.</source>
        <translation>Das Arbeitsblatt verlangt ein synchrones Quorum, der Primary läuft asynchron: Ein Failover verliert die unmittelbar davor bestätigten Commits.</translation>
    </message>
    <message>
        <source>A failover loses the commits acknowledged just before it. pgpilot&apos;s default is a synchronous quorum (set replication.mode to sync-quorum in the worksheet).</source>
        <translation>Ein Failover verliert die unmittelbar davor bestätigten Commits. Standard von pgpilot ist ein synchrones Quorum (replication.mode im Arbeitsblatt auf sync-quorum setzen).</translation>
    </message>
    <message>
        <source>PostgreSQL starts by itself when the node boots</source>
        <translation>PostgreSQL startet von selbst, wenn der Knoten bootet</translation>
    </message>
    <message>
        <source>A failed primary that reboots after a failover comes back as a second writable primary.</source>
        <translation>Ein ausgefallener Primary, der nach einem Failover neu startet, kommt als zweiter beschreibbarer Primary zurück.</translation>
    </message>
    <message>
        <source>repmgr&apos;s password is also kept outside the postgres user&apos;s home</source>
        <translation>Das Passwort von repmgr liegt auch außerhalb des Home-Verzeichnisses des Benutzers postgres</translation>
    </message>
    <message>
        <source>repmgr runs as postgres and never reads it there; it is one more copy of a superuser password to protect.</source>
        <translation>repmgr läuft als postgres und liest es dort nie; es ist nur eine weitere Kopie eines Superuser-Passworts, die geschützt werden muss.</translation>
    </message>
    <message>
        <source>pgpilot monitors with repmgr&apos;s superuser login</source>
        <translation>pgpilot überwacht mit der Superuser-Anmeldung von repmgr</translation>
    </message>
    <message>
        <source>The dashboard needs only pg_monitor; phase 3 creates pgpilot_monitor for it.</source>
        <translation>Das Dashboard braucht nur pg_monitor; Phase 3 legt dafür pgpilot_monitor an.</translation>
    </message>
    <message>
        <source>no role pgpilot_monitor</source>
        <translation>keine Rolle pgpilot_monitor</translation>
    </message>
    <message>
        <source>base installation</source>
        <translation>Basisinstallation</translation>
    </message>
    <message>
        <source>PostgreSQL configuration</source>
        <translation>PostgreSQL-Konfiguration</translation>
    </message>
    <message>
        <source>repmgr cluster</source>
        <translation>repmgr-Cluster</translation>
    </message>
    <message>
        <source>HAProxy, health check and VIP</source>
        <translation>HAProxy, Health-Check und VIP</translation>
    </message>
    <message>
        <source>not read: %1 (%2): %3
</source>
        <translation>nicht gelesen: %1 (%2): %3
</translation>
    </message>
    <message>
        <source> [guide erratum %1]</source>
        <translation> [Erratum der Anleitung %1]</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>  evidence: %1
</source>
        <translation>  Beleg: %1
</translation>
    </message>
    <message>
        <source>  fix: phase %1 (%2), step %3
</source>
        <translation>  Behebung: Phase %1 (%2), Schritt %3
</translation>
    </message>
    <message>
        <source>repmgr&apos;s node table (repmgr.nodes) has no rows</source>
        <translation>Die Knotentabelle von repmgr (repmgr.nodes) hat keine Zeilen</translation>
    </message>
    <message>
        <source>%1 is not among the nodes repmgr lists, or could not be read.</source>
        <translation>%1 ist nicht unter den Knoten, die repmgr auflistet, oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, for which pgpilot has no profile (Debian 12, Debian 13, Ubuntu 24.04).</source>
        <translation>Auf %1 läuft %2 %3, wofür pgpilot kein Profil hat (Debian 12, Debian 13, Ubuntu 24.04).</translation>
    </message>
    <message>
        <source>No node has a Keepalived VRRP instance with a virtual address: the worksheet has no VIP. Enter it before running phase 4.</source>
        <translation>Kein Knoten hat eine Keepalived-VRRP-Instanz mit virtueller Adresse: Das Arbeitsblatt hat keine VIP. Tragen Sie sie ein, bevor Sie Phase 4 ausführen.</translation>
    </message>
    <message>
        <source>%1&apos;s haproxy.cfg has no frontend for writes: the worksheet keeps port %2.</source>
        <translation>Die haproxy.cfg von %1 hat kein Frontend für Schreibzugriffe: Das Arbeitsblatt behält Port %2.</translation>
    </message>
    <message>
        <source>%1 is a repmgr witness: pgpilot has no witness nodes, it is left out.</source>
        <translation>%1 ist ein repmgr-Witness: pgpilot hat keine Witness-Knoten, er wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be read: %3. Its entry comes from repmgr&apos;s node table; check its interface in the worksheet.</source>
        <translation>%1 (%2) konnte nicht gelesen werden: %3. Sein Eintrag stammt aus der Knotentabelle von repmgr; prüfen Sie seine Schnittstelle im Arbeitsblatt.</translation>
    </message>
    <message>
        <source>repmgr marks %1 inactive.</source>
        <translation>repmgr markiert %1 als inaktiv.</translation>
    </message>
    <message>
        <source>repmgr&apos;s database is %1, not repmgr: pgpilot&apos;s monitor reads repmgr.</source>
        <translation>Die Datenbank von repmgr ist %1, nicht repmgr: Der Monitor von pgpilot liest repmgr.</translation>
    </message>
    <message>
        <source>Nothing pgpilot understands answers on port %1 (%2): the dashboard will show the health service as not answering until phase 4 installs pgpilot&apos;s.</source>
        <translation>Auf Port %1 (%2) antwortet nichts, was pgpilot versteht: Das Dashboard zeigt den Health-Service als nicht antwortend, bis Phase 4 den von pgpilot installiert.</translation>
    </message>
    <message>
        <source>What was discovered does not make a valid worksheet:
  %1</source>
        <translation>Das Ermittelte ergibt kein gültiges Arbeitsblatt:
  %1</translation>
    </message>
    <message>
        <source>the health service says &quot;%1&quot; (HTTP %2), PostgreSQL says %3</source>
        <translation>der Health-Service meldet „%1“ (HTTP %2), PostgreSQL meldet %3</translation>
    </message>
    <message>
        <source>Check the health service on %1 (systemctl status %2) and whether pgpilot reaches PostgreSQL&apos;s port from here.</source>
        <translation>Prüfen Sie den Health-Service auf %1 (systemctl status %2) und ob pgpilot den Port von PostgreSQL von hier aus erreicht.</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>neu laden</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>Preview of phase %1 (%2): nothing has been changed.
</source>
        <translation>Vorschau von Phase %1 (%2): Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>  %1: could not be read: %2
</source>
        <translation>  %1: konnte nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>  %1: nothing to do now; checked again after the steps above, which may make it needed
</source>
        <translation>  %1: derzeit nichts zu tun; wird nach den obigen Schritten erneut geprüft, die dies nötig machen können
</translation>
    </message>
    <message>
        <source>  %1: unchanged
</source>
        <translation>  %1: unverändert
</translation>
    </message>
    <message>
        <source>  %1: would run
</source>
        <translation>  %1: würde ausgeführt
</translation>
    </message>
    <message>
        <source>    %1: same content; owner and mode %2 -&gt; %3
</source>
        <translation>    %1: gleicher Inhalt; Eigentümer und Modus %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>    %1: same content
</source>
        <translation>    %1: gleicher Inhalt
</translation>
    </message>
    <message>
        <source>    %1: changed%2
</source>
        <translation>    %1: geändert%2
</translation>
    </message>
    <message>
        <source>; owner and mode %1 -&gt; %2</source>
        <translation>; Eigentümer und Modus %1 -&gt; %2</translation>
    </message>
    <message>
        <source>    %1: new file, %2 lines (not shown here; --json has its content)
</source>
        <translation>    %1: neue Datei, %2 Zeilen (hier nicht angezeigt; --json enthält den Inhalt)
</translation>
    </message>
    <message>
        <source>    %1: new file
</source>
        <translation>    %1: neue Datei
</translation>
    </message>
    <message>
        <source>    %1: replaced with the keychain&apos;s content (not shown)
</source>
        <translation>    %1: durch den Inhalt aus dem Schlüsselbund ersetzt (nicht angezeigt)
</translation>
    </message>
    <message>
        <source>    %1: could not be compared: %2
</source>
        <translation>    %1: konnte nicht verglichen werden: %2
</translation>
    </message>
    <message>
        <source>    runs: %1
</source>
        <translation>    führt aus: %1
</translation>
    </message>
    <message>
        <source>%1: %2 %3 (if needed)</source>
        <translation>%1: %3 %2 (falls nötig)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %3 %2</translation>
    </message>
    <message>
        <source>    may reload %1
</source>
        <translation>    lädt %1 eventuell neu
</translation>
    </message>
    <message>
        <source>    reloads %1
</source>
        <translation>    lädt %1 neu
</translation>
    </message>
    <message>
        <source>    may restart %1
</source>
        <translation>    startet %1 eventuell neu
</translation>
    </message>
    <message>
        <source>    restarts %1
</source>
        <translation>    startet %1 neu
</translation>
    </message>
    <message>
        <source>    may stop %1
</source>
        <translation>    stoppt %1 eventuell
</translation>
    </message>
    <message>
        <source>    stops %1
</source>
        <translation>    stoppt %1
</translation>
    </message>
    <message>
        <source>
No service would be reloaded, restarted or stopped.
</source>
        <translation>
Kein Dienst würde neu geladen, neu gestartet oder gestoppt.
</translation>
    </message>
    <message>
        <source>
Services affected:
  %1
</source>
        <translation>
Betroffene Dienste:
  %1
</translation>
    </message>
    <message>
        <source>Nothing to change: every step of this phase is already done.
</source>
        <translation>Nichts zu ändern: Jeder Schritt dieser Phase ist bereits erledigt.
</translation>
    </message>
    <message>
        <source>pgpilot incident bundle: cluster %1, %2 to %3 (UTC)
</source>
        <translation>pgpilot-Vorfallsbündel: Cluster %1, %2 bis %3 (UTC)
</translation>
    </message>
    <message>
        <source>At the start (%1): %2
</source>
        <translation>Zu Beginn (%1): %2
</translation>
    </message>
    <message>
        <source>First frame (%1): %2
</source>
        <translation>Erster Schnappschuss (%1): %2
</translation>
    </message>
    <message>
        <source>No frame was recorded in this window.
</source>
        <translation>In diesem Zeitfenster wurde kein Schnappschuss aufgezeichnet.
</translation>
    </message>
    <message>
        <source>
Incidents:
</source>
        <translation>
Vorfälle:
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>
Timeline:
</source>
        <translation>
Zeitachse:
</translation>
    </message>
    <message>
        <source>nothing recorded until %1 (pgpilot was not running, or its monitor stalled)</source>
        <translation>nichts aufgezeichnet bis %1 (pgpilot lief nicht, oder sein Monitor hing)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>  no event
</source>
        <translation>  kein Ereignis
</translation>
    </message>
    <message>
        <source>
At the end (%1): %2
</source>
        <translation>
Am Ende (%1): %2
</translation>
    </message>
    <message>
        <source>The bundle needs a window: a start before its end.</source>
        <translation>Das Bündel braucht ein Zeitfenster: einen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <source>%1 exists: the bundle never replaces a file; name another one.</source>
        <translation>%1 existiert: Das Bündel ersetzt nie eine Datei; eine andere angeben.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Nothing happened while this window was closed (since %1).</source>
        <translation>Während dieses Fenster geschlossen war, ist nichts passiert (seit %1).</translation>
    </message>
    <message>
        <source>While this window was closed (since %1): %n event(s) recorded</source>
        <translation>Während dieses Fenster geschlossen war (seit %1): %n Ereignis(se) aufgezeichnet</translation>
    </message>
    <message>
        <source>• %1 from %2 to %3: %4</source>
        <translation>• %1 von %2 bis %3: %4</translation>
    </message>
    <message>
        <source>• nothing recorded from %1 to %2: no pgpilot watched (repmgr&apos;s own events, kept on the nodes, are in the timeline)</source>
        <translation>• nichts aufgezeichnet von %1 bis %2: kein pgpilot hat überwacht (die eigenen Ereignisse von repmgr, auf den Knoten gespeichert, stehen in der Zeitachse)</translation>
    </message>
    <message>
        <source>Replay… shows any moment of it.</source>
        <translation>Wiedergabe… zeigt jeden Moment davon.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>streamt nicht</translation>
    </message>
    <message>
        <source>cascaded</source>
        <translation>kaskadiert</translation>
    </message>
    <message>
        <source>writes → ?</source>
        <translation>Schreiben → ?</translation>
    </message>
    <message>
        <source>writes → %1</source>
        <translation>Schreiben → %1</translation>
    </message>
    <message>
        <source>TEST %1: a test notification from pgpilot</source>
        <translation>TEST %1: eine Testbenachrichtigung von pgpilot</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>BEHOBEN</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>no alarm</source>
        <translation>kein Alarm</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>This is a test notification for the cluster %1, sent by hand (the test button or pgpilot watch --test) at %2. Nothing is wrong: if you read this, the channel works.
</source>
        <translation>Dies ist eine Testbenachrichtigung für den Cluster %1, von Hand gesendet (mit der Test-Schaltfläche oder pgpilot watch --test) um %2. Es liegt kein Problem vor: Wenn Sie dies lesen, funktioniert der Kanal.
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 is over: no alarm since the last one cleared (opened %3, resolved %4).
</source>
        <translation>Vorfall %1 von Cluster %2 ist vorbei: kein Alarm mehr, seit der letzte behoben wurde (eröffnet %3, behoben %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 got critical at %3 (opened %4).
</source>
        <translation>Vorfall %1 von Cluster %2 wurde um %3 kritisch (eröffnet %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 is still open at %3 (opened %4).
</source>
        <translation>Vorfall %1 von Cluster %2 ist um %3 noch offen (eröffnet %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 opened at %3.
</source>
        <translation>Vorfall %1 von Cluster %2 eröffnet um %3.
</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>der Cluster</translation>
    </message>
    <message>
        <source>[%1, firing since %2] %3 — %4
</source>
        <translation>[%1, aktiv seit %2] %3 — %4
</translation>
    </message>
    <message>
        <source>[cleared %1] %2 — %3
</source>
        <translation>[behoben %1] %2 — %3
</translation>
    </message>
    <message>
        <source>  What it means: %1
</source>
        <translation>  Was es bedeutet: %1
</translation>
    </message>
    <message>
        <source>  What to do: %1
</source>
        <translation>  Was tun: %1
</translation>
    </message>
    <message>
        <source>
-- 
pgpilot watch; the dashboard shows the cluster live.
</source>
        <translation>
-- 
pgpilot watch; das Dashboard zeigt den Cluster live.
</translation>
    </message>
    <message>
        <source>must be a port from 1 to 65535</source>
        <translation>muss ein Port von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>no recipient: give a list of addresses</source>
        <translation>kein Empfänger: eine Liste von Adressen angeben</translation>
    </message>
    <message>
        <source>none sends the messages and the password readable over the network: only to a server on this machine (127.0.0.1, localhost), or with &quot;allow_plaintext&quot;: true</source>
        <translation>none sendet die Nachrichten und das Passwort lesbar über das Netzwerk: nur an einen Server auf diesem Rechner (127.0.0.1, localhost) oder mit &quot;allow_plaintext&quot;: true</translation>
    </message>
    <message>
        <source>a user needs the keychain entry holding the password (pgpilot secrets set KEY, or the notification settings&apos; password field)</source>
        <translation>ein Benutzer braucht den Schlüsselbund-Eintrag mit dem Passwort (pgpilot secrets set KEY oder das Passwortfeld der Benachrichtigungseinstellungen)</translation>
    </message>
    <message>
        <source>a password entry but no user to log in as</source>
        <translation>ein Passworteintrag, aber kein Benutzer zum Anmelden</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds</source>
        <translation>muss zwischen 0 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>give either url or url_secret (the keychain entry holding the URL)</source>
        <translation>entweder url oder url_secret angeben (den Schlüsselbund-Eintrag mit der URL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keychain entry name: letters, digits and : . _ / @ - only</source>
        <translation>„%1“ ist kein Name für einen Schlüsselbund-Eintrag: nur Buchstaben, Ziffern und : . _ / @ -</translation>
    </message>
    <message>
        <source>not JSON: %1 (column %2)</source>
        <translation>kein JSON: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>muss ein JSON-Objekt sein ({ ... })</translation>
    </message>
    <message>
        <source>must be 1 (this pgpilot reads version 1)</source>
        <translation>muss 1 sein (dieses pgpilot liest Version 1)</translation>
    </message>
    <message>
        <source>not an alarm kind; the kinds are: %1</source>
        <translation>keine Alarmart; die Arten sind: %1</translation>
    </message>
    <message>
        <source>must be an object ({ &quot;muted&quot;: true, ... })</source>
        <translation>muss ein Objekt sein ({ &quot;muted&quot;: true, ... })</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: starttls, tls or none</source>
        <translation>„%1“ ist kein Modus: starttls, tls oder none</translation>
    </message>
    <message>
        <source>must be a list of addresses (strings)</source>
        <translation>muss eine Liste von Adressen sein (Zeichenketten)</translation>
    </message>
    <message>
        <source>must be a list of addresses: [&quot;ops@example.net&quot;]</source>
        <translation>muss eine Liste von Adressen sein: [&quot;ops@example.net&quot;]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>pgBackRest could not reach a node over SSH (HostConnectError)</source>
        <translation>pgBackRest konnte einen Knoten nicht per SSH erreichen (HostConnectError)</translation>
    </message>
    <message>
        <source>another backup or expire held the lock (LockAcquireError)</source>
        <translation>ein anderes Backup oder expire hielt die Sperre (LockAcquireError)</translation>
    </message>
    <message>
        <source>pgBackRest could not connect to PostgreSQL (DbConnectError)</source>
        <translation>pgBackRest konnte sich nicht mit PostgreSQL verbinden (DbConnectError)</translation>
    </message>
    <message>
        <source>a file could not be written, the repository is likely full (FileWriteError)</source>
        <translation>eine Datei konnte nicht geschrieben werden, das Repository ist wahrscheinlich voll (FileWriteError)</translation>
    </message>
    <message>
        <source>the WAL the backup needs was not archived in time (ArchiveTimeoutError)</source>
        <translation>das WAL, das das Backup braucht, wurde nicht rechtzeitig archiviert (ArchiveTimeoutError)</translation>
    </message>
    <message>
        <source>no valid repository (RepoInvalidError)</source>
        <translation>kein gültiges Repository (RepoInvalidError)</translation>
    </message>
    <message>
        <source>WAL archiving is off on %1</source>
        <translation>Die WAL-Archivierung ist auf %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>No WAL reaches the backup repository: backups cannot be taken and no point-in-time recovery is possible.</source>
        <translation>Kein WAL erreicht das Backup-Repository: Es können keine Backups erstellt werden, und keine Point-in-Time-Recovery ist möglich.</translation>
    </message>
    <message>
        <source>Apply phase 6: it sets archive_mode and archive_command on every node (changing archive_mode restarts PostgreSQL).</source>
        <translation>Phase 6 anwenden: Sie setzt archive_mode und archive_command auf jedem Knoten (eine Änderung von archive_mode startet PostgreSQL neu).</translation>
    </message>
    <message>
        <source>The last WAL archived was %1 at %2 UTC</source>
        <translation>Das zuletzt archivierte WAL war %1 am %2 UTC</translation>
    </message>
    <message>
        <source>No WAL has been archived since the statistics were reset</source>
        <translation>Seit dem Zurücksetzen der Statistik wurde kein WAL archiviert</translation>
    </message>
    <message>
        <source>WAL archiving fails on %1: %2 could not be archived</source>
        <translation>Die WAL-Archivierung schlägt auf %1 fehl: %2 konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>WAL archiving failed on %1 (%2), then went on</source>
        <translation>Die WAL-Archivierung schlug auf %1 fehl (%2) und lief dann weiter</translation>
    </message>
    <message>
        <source>%1 (%2 failure(s) in all). Point-in-time recovery ends there, and while it fails pg_wal on %3 grows until its disk is full and PostgreSQL stops.</source>
        <translation>%1 (insgesamt %2 Fehler). Die Point-in-Time-Recovery endet dort, und solange die Archivierung fehlschlägt, wächst pg_wal auf %3, bis dessen Platte voll ist und PostgreSQL anhält.</translation>
    </message>
    <message>
        <source>Check the repository host %1 (reachable over SSH from %2, free space) and pgBackRest&apos;s log on %2 (/var/log/pgbackrest/); test with: %3 on %2.</source>
        <translation>Den Repository-Host %1 prüfen (per SSH von %2 erreichbar, freier Platz) und das Protokoll von pgBackRest auf %2 (/var/log/pgbackrest/); testen mit: %3 auf %2.</translation>
    </message>
    <message>
        <source>%n WAL segment(s) on %1 wait for archiving; the last one went %2 ago</source>
        <translation>%n WAL-Segment(e) auf %1 warten auf die Archivierung; das letzte wurde vor %2 archiviert</translation>
    </message>
    <message>
        <source>What was written since %1 is not in the backup repository yet: a restore now would lose it.</source>
        <translation>Was seit %1 geschrieben wurde, ist noch nicht im Backup-Repository: Eine Wiederherstellung jetzt würde es verlieren.</translation>
    </message>
    <message>
        <source>archive_command reports no failure: look for a slow or stuck archive-push on %1 (/var/log/pgbackrest/, ps -u postgres) and at the network to %2 (threshold %3).</source>
        <translation>archive_command meldet keinen Fehler: nach einem langsamen oder hängenden archive-push auf %1 suchen (/var/log/pgbackrest/, ps -u postgres) und das Netzwerk zu %2 prüfen (Schwelle %3).</translation>
    </message>
    <message>
        <source>The backup status cannot be read from %1</source>
        <translation>Der Backup-Status kann nicht von %1 gelesen werden</translation>
    </message>
    <message>
        <source>pgpilot does not know whether backups are taken now; what it shows is from %1 UTC.</source>
        <translation>pgpilot weiß nicht, ob derzeit Backups erstellt werden; was es anzeigt, stammt von %1 UTC.</translation>
    </message>
    <message>
        <source>pgpilot does not know whether backups are taken.</source>
        <translation>pgpilot weiß nicht, ob Backups erstellt werden.</translation>
    </message>
    <message>
        <source>%1. Check that %2 answers SSH and that phase 6 installed pgpilot-backup-status there (pgpilot apply --phase 6).</source>
        <translation>%1. Prüfen, ob %2 per SSH antwortet und Phase 6 dort pgpilot-backup-status installiert hat (pgpilot apply --phase 6).</translation>
    </message>
    <message>
        <source>stanza %1: %2 (code %3)</source>
        <translation>Stanza %1: %2 (Code %3)</translation>
    </message>
    <message>
        <source>The stanza is not created: apply phase 6 (it runs pgbackrest stanza-create).</source>
        <translation>Die Stanza ist nicht angelegt: Phase 6 anwenden (sie führt pgbackrest stanza-create aus).</translation>
    </message>
    <message>
        <source>The database is not the one the stanza was made for (rebuilt or upgraded): run pgbackrest --stanza=%1 stanza-upgrade as pgbackrest on %2, or apply phase 6.</source>
        <translation>Die Datenbank ist nicht die, für die die Stanza angelegt wurde (neu aufgebaut oder aktualisiert): pgbackrest --stanza=%1 stanza-upgrade als pgbackrest auf %2 ausführen oder Phase 6 anwenden.</translation>
    </message>
    <message>
        <source>Run pgbackrest --stanza=%1 info as pgbackrest on %2 and read /var/log/pgbackrest/ there.</source>
        <translation>pgbackrest --stanza=%1 info als pgbackrest auf %2 ausführen und dort /var/log/pgbackrest/ lesen.</translation>
    </message>
    <message>
        <source>The backup repository on %1 is not usable</source>
        <translation>Das Backup-Repository auf %1 ist nicht benutzbar</translation>
    </message>
    <message>
        <source>No backup can be taken or restored until it is repaired.</source>
        <translation>Bis es repariert ist, kann kein Backup erstellt oder wiederhergestellt werden.</translation>
    </message>
    <message>
        <source> A backup is running now.</source>
        <translation> Gerade läuft ein Backup.</translation>
    </message>
    <message>
        <source>No good backup in the repository</source>
        <translation>Kein fehlerfreies Backup im Repository</translation>
    </message>
    <message>
        <source>The cluster cannot be restored from %1.</source>
        <translation>Der Cluster kann nicht von %1 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Take a full backup: systemctl start pgpilot-backup-full.service on %1; if it fails, journalctl -u pgpilot-backup-full.service there says why.</source>
        <translation>Ein Voll-Backup erstellen: systemctl start pgpilot-backup-full.service auf %1; schlägt es fehl, nennt journalctl -u pgpilot-backup-full.service dort den Grund.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2 %3)</source>
        <translation>Das neueste Backup ist %1 alt (%2 %3)</translation>
    </message>
    <message>
        <source>The schedule allows %1: a restore needs more WAL, and fails if any is missing.</source>
        <translation>Der Zeitplan erlaubt %1: Eine Wiederherstellung braucht mehr WAL und schlägt fehl, wenn davon etwas fehlt.</translation>
    </message>
    <message>
        <source>Check the backup timers on %1 (systemctl list-timers &apos;pgpilot-backup-*&apos;) and journalctl -u pgpilot-backup-full.service; then take a backup.</source>
        <translation>Die Backup-Timer auf %1 prüfen (systemctl list-timers &apos;pgpilot-backup-*&apos;) und journalctl -u pgpilot-backup-full.service; dann ein Backup erstellen.</translation>
    </message>
    <message>
        <source>The newest backup %1 found errors</source>
        <translation>Das neueste Backup %1 hat Fehler gefunden</translation>
    </message>
    <message>
        <source>pgBackRest found errors while copying the files (page checksum errors): the data files of the node it copied may be damaged.</source>
        <translation>pgBackRest hat beim Kopieren der Dateien Fehler gefunden (Seiten-Prüfsummenfehler): Die Datendateien des kopierten Knotens sind womöglich beschädigt.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s log on %1 (/var/log/pgbackrest/%2-backup.log) for the files named, check them on the node, then take a new full backup.</source>
        <translation>Im Protokoll des Backups auf %1 (/var/log/pgbackrest/%2-backup.log) die genannten Dateien nachlesen, sie auf dem Knoten prüfen, dann ein neues Voll-Backup erstellen.</translation>
    </message>
    <message>
        <source>The last scheduled %1 backup failed (%2, exit status %3)</source>
        <translation>Das letzte geplante Backup (%1) ist fehlgeschlagen (%2, Exit-Status %3)</translation>
    </message>
    <message>
        <source>The backups are older than the schedule says.</source>
        <translation>Die Backups sind älter, als der Zeitplan vorsieht.</translation>
    </message>
    <message>
        <source>journalctl -u pgpilot-backup-%1.service on %2 says why; the next run is on the timer.</source>
        <translation>journalctl -u pgpilot-backup-%1.service auf %2 nennt den Grund; der nächste Lauf kommt vom Timer.</translation>
    </message>
    <message>
        <source>No full backup is scheduled on %1</source>
        <translation>Auf %1 ist kein Voll-Backup geplant</translation>
    </message>
    <message>
        <source>pgpilot-backup-full.timer does not exist: no backup is taken unless someone starts one.</source>
        <translation>pgpilot-backup-full.timer existiert nicht: Es wird kein Backup erstellt, solange niemand eines startet.</translation>
    </message>
    <message>
        <source>Apply phase 6 (it installs the backup timers).</source>
        <translation>Phase 6 anwenden (sie installiert die Backup-Timer).</translation>
    </message>
    <message>
        <source>The backup repository on %1 has %2 free (%3 %)</source>
        <translation>Das Backup-Repository auf %1 hat %2 frei (%3 %)</translation>
    </message>
    <message>
        <source>When it is full, WAL archiving fails (pg_wal then grows on the primary) and backups fail.</source>
        <translation>Ist es voll, schlägt die WAL-Archivierung fehl (pg_wal wächst dann auf dem Primary), und Backups schlagen fehl.</translation>
    </message>
    <message>
        <source>Free space under %1&apos;s repository (fewer backups kept: the worksheet&apos;s retention, then pgbackrest expire) or grow its file system.</source>
        <translation>Platz im Repository von %1 schaffen (weniger Backups aufbewahren: die Aufbewahrung im Arbeitsblatt, dann pgbackrest expire) oder sein Dateisystem vergrößern.</translation>
    </message>
    <message>
        <source>the stanza &quot;%1&quot; is not a cluster name (lower-case letters, digits and &apos;-&apos;, at most 32)</source>
        <translation>die Stanza „%1“ ist kein Clustername (Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens 32)</translation>
    </message>
    <message>
        <source>the repository path &quot;%1&quot; is not an absolute path of letters, digits and /._- (without . or .. parts)</source>
        <translation>der Repository-Pfad „%1“ ist kein absoluter Pfad aus Buchstaben, Ziffern und /._- (ohne Bestandteile . oder ..)</translation>
    </message>
    <message>
        <source>the status script printed nothing</source>
        <translation>das Status-Skript hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>the status script&apos;s answer is not one JSON object (%1)</source>
        <translation>die Antwort des Status-Skripts ist nicht genau ein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the status script&apos;s answer has format %1, pgpilot reads format 1: run phase 6 again to install the script of this pgpilot</source>
        <translation>die Antwort des Status-Skripts hat Format %1, pgpilot liest Format 1: Phase 6 erneut ausführen, um das Skript dieses pgpilot zu installieren</translation>
    </message>
    <message>
        <source>the status script refused to run: %1</source>
        <translation>das Status-Skript hat die Ausführung verweigert: %1</translation>
    </message>
    <message>
        <source>pgbackrest info does not list the stanza %1</source>
        <translation>pgbackrest info listet die Stanza %1 nicht</translation>
    </message>
    <message>
        <source>the status script sent no pgbackrest info</source>
        <translation>das Status-Skript hat keine Ausgabe von pgbackrest info geliefert</translation>
    </message>
    <message>
        <source>the backup status could not be read</source>
        <translation>der Backup-Status konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed (%1 %2)</source>
        <translation>fehlgeschlagen (%1 %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>unknown: the repository is not usable</source>
        <translation>unbekannt: das Repository ist nicht benutzbar</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>(%1 in the repository)</source>
        <translation>(%1 im Repository)</translation>
    </message>
    <message>
        <source>with errors</source>
        <translation>mit Fehlern</translation>
    </message>
    <message>
        <source>running: %1 of %2</source>
        <translation>läuft: %1 von %2</translation>
    </message>
    <message>
        <source>archive_mode is off on %1</source>
        <translation>archive_mode ist auf %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>nothing archived yet</source>
        <translation>noch nichts archiviert</translation>
    </message>
    <message>
        <source>last %1 at %2</source>
        <translation>zuletzt %1 am %2</translation>
    </message>
    <message>
        <source>(failing now)</source>
        <translation>(schlägt gerade fehl)</translation>
    </message>
    <message>
        <source>full %1</source>
        <translation>Voll %1</translation>
    </message>
    <message>
        <source>diff %1</source>
        <translation>Diff. %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3 %)</source>
        <translation>%1 frei von %2 (%3 %)</translation>
    </message>
    <message>
        <source>backup (%1): last %2</source>
        <translation>Backup (%1): zuletzt %2</translation>
    </message>
    <message>
        <source>archive %1, failures %2</source>
        <translation>Archiv %1, Fehlschläge %2</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste Läufe: %1</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>pgBackRest on %1 takes a %2 backup of cluster %3 into its repository: the primary makes a checkpoint at the start and the data files are read from a standby, so the primary carries little of the load. Older backups expire as the retention says (%4 full, %5 differential).
Clients: nothing is interrupted. Writes through %6 go on.</source>
        <translation>pgBackRest auf %1 erstellt ein Backup vom Typ %2 von Cluster %3 in sein Repository: Der Primary setzt zu Beginn einen Checkpoint, und die Datendateien werden von einem Standby gelesen, sodass der Primary nur wenig Last trägt. Ältere Backups verfallen gemäß der Aufbewahrung (%4 voll, %5 differenziell).
Clients: Nichts wird unterbrochen. Schreibzugriffe über %6 laufen weiter.</translation>
    </message>
    <message>
        <source>The primary of cluster %1 writes one marker row (table %2) and switches WAL so that it is archived; then %3 restores the newest backup and every archived segment into a scratch cluster (port %4, no network), starts it, looks for the marker, and removes it again. The cluster&apos;s nodes only write the marker.
Clients: nothing is interrupted. %3 needs room for a copy of the database.</source>
        <translation>Der Primary von Cluster %1 schreibt eine Markierungszeile (Tabelle %2) und wechselt das WAL-Segment, damit sie archiviert wird; dann stellt %3 das neueste Backup und jedes archivierte Segment in einem temporären Cluster wieder her (Port %4, kein Netzwerk), startet ihn, sucht die Markierung und entfernt ihn wieder. Die Knoten des Clusters schreiben nur die Markierung.
Clients: Nichts wird unterbrochen. %3 braucht Platz für eine Kopie der Datenbank.</translation>
    </message>
    <message>
        <source>Cluster %1 has no backup repository (worksheet: archiving.mode pgbackrest and the backup section); run phase 6 once it has one.</source>
        <translation>Cluster %1 hat kein Backup-Repository (Arbeitsblatt: archiving.mode pgbackrest und der Abschnitt backup); Phase 6 ausführen, sobald er eines hat.</translation>
    </message>
    <message>
        <source>The backup type is full, diff or incr, not &quot;%1&quot;.</source>
        <translation>Der Backup-Typ ist full, diff oder incr, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give the time to restore to with --target-time, e.g. 2026-12-05T10:15:00Z.</source>
        <translation>Den Zeitpunkt der Wiederherstellung mit --target-time angeben, z. B. 2026-12-05T10:15:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its zone: write it as ISO 8601, e.g. 2026-12-05T10:15:00Z or 2026-12-05T11:15:00+01:00 (a time without a zone would be read in the repository host&apos;s zone).</source>
        <translation>„%1“ ist keine Zeitangabe mit Zeitzone: im Format ISO 8601 schreiben, z. B. 2026-12-05T10:15:00Z oder 2026-12-05T11:15:00+01:00 (eine Zeit ohne Zone würde in der Zeitzone des Repository-Hosts gelesen).</translation>
    </message>
    <message>
        <source>WARNING: cluster %1 goes back to %2 (UTC). Every transaction committed after that time is gone from the cluster (it stays in the repository&apos;s older timeline).
First %3 rehearses the restore in a scratch cluster and pgpilot stops here if the repository cannot reach that time. Then repmgrd, the health service and PostgreSQL stop on every node (writes through %4 stop), %5 is restored to that time and promoted, the other nodes are cloned from it afresh, repmgrd starts again, the VIP and port %6 are verified, and a full backup starts the new timeline in the repository.
Clients: no connections until the restored primary takes writes (the whole database is copied to each standby after that).</source>
        <translation>WARNUNG: Cluster %1 geht auf %2 (UTC) zurück. Jede danach bestätigte Transaktion ist aus dem Cluster verschwunden (sie bleibt in der älteren Timeline des Repositorys).
Zuerst probt %3 die Wiederherstellung in einem temporären Cluster, und pgpilot hält hier an, wenn das Repository diesen Zeitpunkt nicht erreicht. Dann stoppen repmgrd, der Health-Dienst und PostgreSQL auf jedem Knoten (Schreibzugriffe über %4 stoppen), %5 wird auf diesen Zeitpunkt wiederhergestellt und befördert, die anderen Knoten werden neu von ihm geklont, repmgrd startet wieder, die VIP und Port %6 werden geprüft, und ein Voll-Backup beginnt die neue Timeline im Repository.
Clients: keine Verbindungen, bis der wiederhergestellte Primary Schreibzugriffe annimmt (danach wird die ganze Datenbank auf jeden Standby kopiert).</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 und %n weiteren</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>der Primary</translation>
    </message>
    <message>
        <source>WAL archive has a gap on %1: %n segment(s) missing from %2</source>
        <translation>Das WAL-Archiv hat auf %1 eine Lücke: %n Segment(e) fehlen ab %2</translation>
    </message>
    <message>
        <source> (and %n more gap(s), %1 segments in all)</source>
        <translation> (und %n weitere Lücke(n), insgesamt %1 Segmente)</translation>
    </message>
    <message>
        <source>the backups kept</source>
        <translation>den aufbewahrten Backups</translation>
    </message>
    <message>
        <source>Point-in-time recovery cannot cross it: a restore from %1 cannot replay past %2.</source>
        <translation>Die Point-in-Time-Recovery kommt nicht darüber hinweg: Eine Wiederherstellung aus %1 kann nicht über %2 hinaus nachspielen.</translation>
    </message>
    <message>
        <source>Point-in-time recovery cannot cross it: a restore from %1 stops at the end of %2%3; nothing written after that can be recovered until a new backup is taken.</source>
        <translation>Die Point-in-Time-Recovery kommt nicht darüber hinweg: Eine Wiederherstellung aus %1 endet am Ende von %2%3; nichts danach Geschriebene lässt sich wiederherstellen, bis ein neues Backup erstellt ist.</translation>
    </message>
    <message>
        <source> (archived %1 UTC)</source>
        <translation> (archiviert am %1 UTC)</translation>
    </message>
    <message>
        <source>pgBackRest drops WAL when the primary&apos;s archive queue passes archive-push-queue-max (the repository was unreachable or too slow) so that pg_wal cannot fill the primary&apos;s disk: the cluster itself is safe.</source>
        <translation>pgBackRest verwirft WAL, wenn die Archiv-Warteschlange des Primary archive-push-queue-max überschreitet (das Repository war nicht erreichbar oder zu langsam), damit pg_wal die Platte des Primary nicht füllen kann: Der Cluster selbst ist sicher.</translation>
    </message>
    <message>
        <source>A backup is running now: it heals the gap when it ends.</source>
        <translation>Gerade läuft ein Backup: Es schließt die Lücke, wenn es endet.</translation>
    </message>
    <message>
        <source>Take a full backup now: %1 (or Cluster → Back up now, full); recovery works again from its end on. Then find why WAL was dropped: &quot;dropped WAL file&quot; in %2 on %3, whether %4 answers from the nodes, and archive-push-queue-max in /etc/pgbackrest/pgbackrest.conf on the nodes (the worksheet&apos;s backup.archiveQueueMax).</source>
        <translation>Jetzt ein Voll-Backup erstellen: %1 (oder Cluster → Jetzt sichern, full); ab seinem Ende funktioniert die Wiederherstellung wieder. Dann herausfinden, warum WAL verworfen wurde: „dropped WAL file“ in %2 (Knoten: %3), ob %4 von den Knoten aus antwortet, und archive-push-queue-max in /etc/pgbackrest/pgbackrest.conf auf den Knoten (backup.archiveQueueMax im Arbeitsblatt).</translation>
    </message>
    <message>
        <source> since %1 UTC</source>
        <translation> seit %1 UTC</translation>
    </message>
    <message>
        <source>WAL archived by %1 is not in the repository on %2: %3 is missing</source>
        <translation>WAL, das %1 archiviert hat, fehlt im Repository auf %2: %3 fehlt</translation>
    </message>
    <message>
        <source>%n read(s) of the repository in a row%1 lacked WAL the primary had reported archived before they started (the newest there: %2). Either pgBackRest dropped it because the archive queue passed archive-push-queue-max, or archive_command reports success without storing it. Point-in-time recovery ends at %2.</source>
        <translation>%n Mal in Folge%1 fehlte beim Lesen des Repositorys WAL, das der Primary vor Beginn des Lesens als archiviert gemeldet hatte (das neueste davon: %2). Entweder hat pgBackRest es verworfen, weil die Archiv-Warteschlange archive-push-queue-max überschritt, oder archive_command meldet Erfolg, ohne es zu speichern. Die Point-in-Time-Recovery endet bei %2.</translation>
    </message>
    <message>
        <source>Look for &quot;dropped WAL file&quot; in %1 on %2 and check archive_command there (SHOW archive_command). When WAL was dropped, take a full backup now: %3.</source>
        <translation>In %1 (Knoten: %2) nach „dropped WAL file“ suchen und dort archive_command prüfen (SHOW archive_command). Wurde WAL verworfen, jetzt ein Voll-Backup erstellen: %3.</translation>
    </message>
    <message>
        <source>the status script on the repository host does not check the WAL archive (it is older than this pgpilot): apply phase 6 to install this one</source>
        <translation>das Status-Skript auf dem Repository-Host prüft das WAL-Archiv nicht (es ist älter als dieses pgpilot): Phase 6 anwenden, um dieses zu installieren</translation>
    </message>
    <message>
        <source>the status script did not check the WAL archive</source>
        <translation>das Status-Skript hat das WAL-Archiv nicht geprüft</translation>
    </message>
    <message>
        <source>WAL archive %1</source>
        <translation>WAL-Archiv %1</translation>
    </message>
    <message>
        <source>off on %1</source>
        <translation>ausgeschaltet auf %1</translation>
    </message>
    <message>
        <source>failing: nothing archived yet</source>
        <translation>fehlerhaft: noch nichts archiviert</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>failing: nothing archived for %1</source>
        <translation>fehlerhaft: seit %1 nichts archiviert</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>lagging: last WAL %1 ago</source>
        <translation>im Rückstand: letztes WAL vor %1</translation>
    </message>
    <message>
        <source>last WAL %1 ago</source>
        <translation>letztes WAL vor %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not checked: the status script counts in segments of %1, %2&apos;s are %3</source>
        <translation>nicht geprüft: das Status-Skript zählt in Segmenten zu %1, die von %2 sind %3 groß</translation>
    </message>
    <message>
        <source>Automatic failover paused past its window: since %1 by %2, the window ended %3 ago</source>
        <translation>Automatisches Failover über sein Zeitfenster hinaus pausiert: seit %1 von %2, das Zeitfenster endete vor %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Reason given: %1. </source>
        <translation>Angegebener Grund: %1. </translation>
    </message>
    <message>
        <source>repmgrd promotes no standby while it is paused: if the primary fails now, nothing accepts writes until someone acts.</source>
        <translation>repmgrd befördert keinen Standby, solange es pausiert ist: Fällt der Primary jetzt aus, nimmt nichts Schreibzugriffe an, bis jemand handelt.</translation>
    </message>
    <message>
        <source>If the maintenance is over, resume it: pgpilot unpause with the cluster file (or Cluster → Resume automatic failover). If it goes on, pause again with a longer window (pgpilot pause --window).</source>
        <translation>Ist die Wartung vorbei, es fortsetzen: pgpilot unpause mit der Cluster-Datei (oder Cluster → Automatisches Failover fortsetzen). Dauert sie an, erneut mit einem längeren Zeitfenster pausieren (pgpilot pause --window).</translation>
    </message>
    <message>
        <source>Automatic failover is paused on %1 but not on %2</source>
        <translation>Automatisches Failover ist auf %1 pausiert, aber nicht auf %2</translation>
    </message>
    <message>
        <source>The nodes would not act together on a failure: an unpaused standby may promote itself while the paused ones neither promote nor follow it, or nobody acts.</source>
        <translation>Die Knoten würden bei einem Ausfall nicht gemeinsam handeln: Ein nicht pausierter Standby könnte sich selbst befördern, während die pausierten ihn weder befördern noch ihm folgen, oder niemand handelt.</translation>
    </message>
    <message>
        <source>Pause or resume every node together: pgpilot pause or pgpilot unpause with the cluster file. A node whose PostgreSQL restarted takes its pause flag back from its state file a few seconds later, once its repmgrd reconnects.</source>
        <translation>Alle Knoten gemeinsam pausieren oder fortsetzen: pgpilot pause oder pgpilot unpause mit der Cluster-Datei. Ein Knoten, dessen PostgreSQL neu gestartet wurde, übernimmt sein Pause-Flag einige Sekunden später aus seiner Zustandsdatei, sobald sein repmgrd sich wieder verbindet.</translation>
    </message>
    <message>
        <source>no window recorded (paused by hand, or by a switchover that runs now)</source>
        <translation>kein Zeitfenster aufgezeichnet (von Hand pausiert oder durch einen gerade laufenden Switchover)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>the window ended %1 ago (at %2)</source>
        <translation>das Zeitfenster endete vor %1 (um %2)</translation>
    </message>
    <message>
        <source>%1 left (until %2)</source>
        <translation>noch %1 (bis %2)</translation>
    </message>
    <message>
        <source>on %1 only (not on %2)</source>
        <translation>nur auf %1 (nicht auf %2)</translation>
    </message>
    <message>
        <source>on every node that answers (%1)</source>
        <translation>auf jedem antwortenden Knoten (%1)</translation>
    </message>
    <message>
        <source>Automatic failover PAUSED %1</source>
        <translation>Automatisches Failover PAUSIERT %1</translation>
    </message>
    <message>
        <source> since %1 by %2</source>
        <translation> seit %1 von %2</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is in seconds: give it in minutes or hours, e.g. 30m or 2h.</source>
        <translation>Das Zeitfenster „%1“ ist in Sekunden angegeben: in Minuten oder Stunden angeben, z. B. 30m oder 2h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window pgpilot understands: give minutes or hours, e.g. 30m, 2h or 1h30m (at most 24h).</source>
        <translation>„%1“ ist kein Zeitfenster, das pgpilot versteht: Minuten oder Stunden angeben, z. B. 30m, 2h oder 1h30m (höchstens 24h).</translation>
    </message>
    <message>
        <source>A window of &quot;%1&quot; is no window: give at least 1 minute (e.g. 30m).</source>
        <translation>Ein Zeitfenster von „%1“ ist keines: mindestens 1 Minute angeben (z. B. 30m).</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is longer than 24 hours: give at most 24h, and pause again before it ends if the maintenance goes on.</source>
        <translation>Das Zeitfenster „%1“ ist länger als 24 Stunden: höchstens 24h angeben und vor seinem Ende erneut pausieren, falls die Wartung andauert.</translation>
    </message>
    <message>
        <source>The reason must be one line of printable characters (it is shown on every dashboard).</source>
        <translation>Der Grund muss eine Zeile aus druckbaren Zeichen sein (er wird auf jedem Dashboard angezeigt).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long: keep it to %2 (it is shown on every dashboard).</source>
        <translation>Der Grund ist %1 Zeichen lang: höchstens %2 verwenden (er wird auf jedem Dashboard angezeigt).</translation>
    </message>
    <message>
        <source>unpause takes no window and no reason: it resumes automatic failover now.</source>
        <translation>unpause nimmt weder Zeitfenster noch Grund: Es setzt das automatische Failover sofort fort.</translation>
    </message>
    <message>
        <source>Who asked (&quot;%1&quot;) cannot be recorded: %2</source>
        <translation>Wer es veranlasst hat („%1“), kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>repmgrd on every node of cluster %1 acts on failures again: if the primary is down right now, a standby is promoted within seconds. The recorded window is closed (by %2).
Clients: nothing changes while the primary runs.</source>
        <translation>repmgrd auf jedem Knoten von Cluster %1 reagiert wieder auf Ausfälle: Ist der Primary gerade ausgefallen, wird innerhalb von Sekunden ein Standby befördert. Das aufgezeichnete Zeitfenster wird geschlossen (von %2).
Clients: Solange der Primary läuft, ändert sich nichts.</translation>
    </message>
    <message>
        <source>repmgrd on every node of cluster %1 stops acting on failures: while it is paused no standby is promoted, so if the primary fails, writes through %2 stop until someone acts. pgpilot records the pause in the cluster: a window of %3 from now, paused by %4%5. Every dashboard, the wall and pgpilot watch show it, and raise a critical alarm once the window has passed. Resume with pgpilot unpause (or Cluster → Resume automatic failover).
Clients: nothing changes while the primary runs.</source>
        <translation>repmgrd auf jedem Knoten von Cluster %1 reagiert nicht mehr auf Ausfälle: Solange es pausiert ist, wird kein Standby befördert; fällt der Primary aus, stehen Schreibzugriffe über %2 still, bis jemand handelt. pgpilot zeichnet die Pause im Cluster auf: ein Zeitfenster von %3 ab jetzt, pausiert von %4%5. Jedes Dashboard, die Wand und pgpilot watch zeigen sie an und lösen einen kritischen Alarm aus, sobald das Zeitfenster abgelaufen ist. Fortsetzen mit pgpilot unpause (oder Cluster → Automatisches Failover fortsetzen).
Clients: Solange der Primary läuft, ändert sich nichts.</translation>
    </message>
    <message>
        <source>, reason &quot;%1&quot;</source>
        <translation>, Grund „%1“</translation>
    </message>
    <message>
        <source>Resuming automatic failover</source>
        <translation>Automatisches Failover wird fortgesetzt</translation>
    </message>
    <message>
        <source>Pausing automatic failover for %1</source>
        <translation>Automatisches Failover wird für %1 pausiert</translation>
    </message>
    <message>
        <source>Pausing automatic failover</source>
        <translation>Automatisches Failover wird pausiert</translation>
    </message>
    <message>
        <source>repmgrd on %1 is paused</source>
        <translation>repmgrd auf %1 ist pausiert</translation>
    </message>
    <message>
        <source>repmgrd on %1 acts on failures again</source>
        <translation>repmgrd auf %1 reagiert wieder auf Ausfälle</translation>
    </message>
    <message>
        <source>repmgr could not pause %1</source>
        <translation>repmgr konnte %1 nicht pausieren</translation>
    </message>
    <message>
        <source>repmgr could not resume %1</source>
        <translation>repmgr konnte %1 nicht fortsetzen</translation>
    </message>
    <message>
        <source>repmgr on %1 cannot reach node %2</source>
        <translation>repmgr auf %1 erreicht Knoten %2 nicht</translation>
    </message>
    <message>
        <source>repmgrd was already paused on every node (%1): nothing to change</source>
        <translation>repmgrd war bereits auf jedem Knoten pausiert (%1): nichts zu ändern</translation>
    </message>
    <message>
        <source>repmgrd already acts on failures on every node (%1): nothing to change</source>
        <translation>repmgrd reagiert bereits auf jedem Knoten auf Ausfälle (%1): nichts zu ändern</translation>
    </message>
    <message>
        <source>Window recorded on %1: failover paused since %2, until %3</source>
        <translation>Zeitfenster auf %1 aufgezeichnet: Failover pausiert seit %2, bis %3</translation>
    </message>
    <message>
        <source>The recorded window is closed on %1</source>
        <translation>Das aufgezeichnete Zeitfenster ist auf %1 geschlossen</translation>
    </message>
    <message>
        <source>No window was open on %1</source>
        <translation>Auf %1 war kein Zeitfenster offen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package pgpilot upgrades: give some of %2.</source>
        <translation>„%1“ ist kein Paket, das pgpilot aktualisiert: einige von %2 angeben.</translation>
    </message>
    <message>
        <source>Give the packages to upgrade with --packages, e.g. --packages postgresql,repmgr (any of %1).</source>
        <translation>Die zu aktualisierenden Pakete mit --packages angeben, z. B. --packages postgresql,repmgr (beliebige von %1).</translation>
    </message>
    <message>
        <source>Rolling upgrade of %1</source>
        <translation>Rollierendes Upgrade von %1</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Rollierender Neustart</translation>
    </message>
    <message>
        <source> Then a second switchover makes %1 the primary again (writes pause a second time).</source>
        <translation> Dann macht ein zweiter Switchover %1 wieder zum Primary (Schreibzugriffe pausieren ein zweites Mal).</translation>
    </message>
    <message>
        <source>Clients: writes through %1 pause once for a few seconds, during the switchover (open connections to %2 are cut and must reconnect); reads through %3 go on, though each node drops its sessions when it restarts. No acknowledged write is lost.</source>
        <translation>Clients: Schreibzugriffe über %1 pausieren einmal einige Sekunden lang, während des Switchovers (offene Verbindungen zu %2 werden getrennt und müssen sich neu verbinden); Lesezugriffe über %3 laufen weiter, wobei jeder Knoten bei seinem Neustart seine Sitzungen trennt. Kein bestätigter Schreibzugriff geht verloren.</translation>
    </message>
    <message>
        <source>PostgreSQL restarts on every node of cluster %1, one node at a time: the standbys %2 (each streaming and caught up again before the next), then a switchover makes %3 the primary and repmgr restarts %4 as its standby.%5 Settings waiting for a restart take effect everywhere.
%6</source>
        <translation>PostgreSQL startet auf jedem Knoten von Cluster %1 neu, ein Knoten nach dem anderen: die Standbys %2 (jeder streamt wieder und hat aufgeholt, bevor der nächste an der Reihe ist), dann macht ein Switchover %3 zum Primary, und repmgr startet %4 als dessen Standby neu.%5 Einstellungen, die auf einen Neustart warten, werden überall wirksam.
%6</translation>
    </message>
    <message>
        <source>The new versions of %1 (see the table) are installed on every node of cluster %2, one node at a time. Nothing restarts and there is no switchover.
Clients: nothing is interrupted.</source>
        <translation>Die neuen Versionen von %1 (siehe Tabelle) werden auf jedem Knoten von Cluster %2 installiert, ein Knoten nach dem anderen. Nichts wird neu gestartet, und es gibt keinen Switchover.
Clients: Nichts wird unterbrochen.</translation>
    </message>
    <message>
        <source>The new versions of %1 (see the table) are installed on every node of cluster %2, one node at a time: the standbys %3 first (apt-get, then whatever still runs an old binary restarts, then the node must stream and catch up before the next), then a switchover makes %4 the primary and %5 is upgraded as its standby.%6 If a node&apos;s upgrade fails, pgpilot stops there: the nodes after it keep their version and the primary keeps serving.
%7</source>
        <translation>Die neuen Versionen von %1 (siehe Tabelle) werden auf jedem Knoten von Cluster %2 installiert, ein Knoten nach dem anderen: zuerst die Standbys %3 (apt-get, dann wird neu gestartet, was noch eine alte Binärdatei ausführt, dann muss der Knoten streamen und aufholen, bevor der nächste an der Reihe ist), dann macht ein Switchover %4 zum Primary, und %5 wird als dessen Standby aktualisiert.%6 Schlägt das Upgrade eines Knotens fehl, hält pgpilot dort an: Die Knoten danach behalten ihre Version, und der Primary bedient weiter.
%7</translation>
    </message>
    <message>
        <source>Cluster %1 has no standby: a rolling operation needs one to switch over to.</source>
        <translation>Cluster %1 hat keinen Standby: Eine rollierende Operation braucht einen, auf den sie umschalten kann.</translation>
    </message>
    <message>
        <source>--packages is for upgrade only.</source>
        <translation>--packages gilt nur für upgrade.</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2.</source>
        <translation>%1 ist kein Knoten von Cluster %2.</translation>
    </message>
    <message>
        <source>%1 is the primary now: give another node to switch over to (--to), or none.</source>
        <translation>%1 ist jetzt der Primary: einen anderen Knoten zum Umschalten angeben (--to) oder keinen.</translation>
    </message>
    <message>
        <source>The rolling operation cannot be planned for primary %1 and target %2.</source>
        <translation>Die rollierende Operation lässt sich für Primary %1 und Ziel %2 nicht planen.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>(up to date)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <source>Noting the start on %1</source>
        <translation>Vermerke den Beginn auf %1</translation>
    </message>
    <message>
        <source>Upgrading %1: apt-get, then what runs an old binary restarts</source>
        <translation>Aktualisiere %1: apt-get, dann wird neu gestartet, was eine alte Binärdatei ausführt</translation>
    </message>
    <message>
        <source>Restarting %1 (a standby)</source>
        <translation>Starte %1 neu (ein Standby)</translation>
    </message>
    <message>
        <source>Upgrading %1, the old primary, as a standby</source>
        <translation>Aktualisiere %1, den alten Primary, als Standby</translation>
    </message>
    <message>
        <source>Waiting until %1, the old primary, streams and catches up</source>
        <translation>Warte, bis %1, der alte Primary, streamt und aufholt</translation>
    </message>
    <message>
        <source>Waiting until %1 has caught up, then repmgr&apos;s dry run</source>
        <translation>Warte, bis %1 aufgeholt hat, dann Probelauf von repmgr</translation>
    </message>
    <message>
        <source>Switching over to %1</source>
        <translation>Switchover auf %1</translation>
    </message>
    <message>
        <source>Switching back to %1</source>
        <translation>Switchover zurück auf %1</translation>
    </message>
    <message>
        <source>Waiting for HAProxy and the VIP to send writes to %1</source>
        <translation>Warte, bis HAProxy und die VIP Schreibzugriffe an %1 leiten</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE where the primary is (%1 checks)</source>
        <translation>ALTER EXTENSION repmgr UPDATE dort, wo der Primary ist (%1 prüft)</translation>
    </message>
    <message>
        <source>With %1 nodes every standby is needed for writes: they also stop while each standby restarts (a few seconds each).</source>
        <translation>Mit %1 Knoten wird jeder Standby für Schreibzugriffe gebraucht: sie stehen auch still, während jeder Standby neu startet (jeweils einige Sekunden).</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <source>Scheduled operation not started: %1 was due at %2, requested by %3%4</source>
        <translation>Geplante Operation nicht gestartet: %1, fällig um %2, angefordert von %3%4</translation>
    </message>
    <message>
        <source>Nothing ran it: no pgpilot watch with this cluster&apos;s secrets is running, or it could not claim it. The maintenance the admin planned has not happened.</source>
        <translation>Niemand hat sie ausgeführt: Kein pgpilot watch mit den Geheimnissen dieses Clusters läuft, oder es konnte sie nicht beanspruchen. Die vom Administrator geplante Wartung hat nicht stattgefunden.</translation>
    </message>
    <message>
        <source>Start pgpilot watch for this cluster (it runs due operations), or run the operation by hand and cancel the schedule: pgpilot schedule cluster.json --cancel %1 --yes.</source>
        <translation>pgpilot watch für diesen Cluster starten (es führt fällige Operationen aus), oder die Operation von Hand ausführen und die Planung absagen: pgpilot schedule cluster.json --cancel %1 --yes.</translation>
    </message>
    <message>
        <source>%1 at %2, requested by %3%4</source>
        <translation>%1 um %2, angefordert von %3%4</translation>
    </message>
    <message>
        <source>Writes through the VIP pause for a few seconds while the primary changes.</source>
        <translation>Schreibzugriffe über die VIP pausieren einige Sekunden, während der Primary wechselt.</translation>
    </message>
    <message>
        <source>Each node restarts in turn; writes through the VIP pause for a few seconds at each switchover.</source>
        <translation>Jeder Knoten startet der Reihe nach neu; Schreibzugriffe über die VIP pausieren bei jedem Switchover einige Sekunden.</translation>
    </message>
    <message>
        <source>Nothing to do if it is expected; to call it off: pgpilot schedule cluster.json --cancel %1 --yes.</source>
        <translation>Nichts zu tun, wenn sie erwartet wird; zum Absagen: pgpilot schedule cluster.json --cancel %1 --yes.</translation>
    </message>
    <message>
        <source>Switchover to %1</source>
        <translation>Switchover auf %1</translation>
    </message>
    <message>
        <source> (switching over to %1, then back)</source>
        <translation> (Switchover auf %1, dann zurück)</translation>
    </message>
    <message>
        <source> (switching over to %1)</source>
        <translation> (Switchover auf %1)</translation>
    </message>
    <message>
        <source> (switching back at the end)</source>
        <translation> (am Ende Switchover zurück)</translation>
    </message>
    <message>
        <source>Minor upgrade of %1</source>
        <translation>Minor-Upgrade von %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1, vor %2</translation>
    </message>
    <message>
        <source>#%1 %2 at %3, requested by %4</source>
        <translation>#%1 %2 um %3, angefordert von %4</translation>
    </message>
    <message>
        <source>: scheduled</source>
        <translation>: geplant</translation>
    </message>
    <message>
        <source>: RUNNING since %1 (%2)</source>
        <translation>: LÄUFT seit %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>Scheduled #%1: %2</source>
        <translation>Geplante Operation #%1: %2</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a valid time.</source>
        <translation>--at: „%1“ ist keine gültige Zeitangabe.</translation>
    </message>
    <message>
        <source>--at: %1 is in the past (it is %2 now): give a time ahead, with its zone.</source>
        <translation>--at: %1 liegt in der Vergangenheit (jetzt ist es %2): eine künftige Zeit mit ihrer Zeitzone angeben.</translation>
    </message>
    <message>
        <source>--at: %1 is more than %2 days ahead: schedule it closer to the time (a cluster changes in a month, and so do the people who would expect it).</source>
        <translation>--at: %1 liegt mehr als %2 Tage in der Zukunft: näher am Zeitpunkt planen (ein Cluster ändert sich in einem Monat, und ebenso die Leute, die damit rechnen würden).</translation>
    </message>
    <message>
        <source>--remind: &quot;%1&quot; is not a time pgpilot understands: give minutes or hours, e.g. 15m, 1h or 0 (no reminder), at most 24h.</source>
        <translation>--remind: „%1“ ist keine Zeitangabe, die pgpilot versteht: Minuten oder Stunden angeben, z. B. 15m, 1h oder 0 (keine Erinnerung), höchstens 24h.</translation>
    </message>
    <message>
        <source>--remind: &quot;%1&quot; is more than 24 hours: give at most 24h.</source>
        <translation>--remind: „%1“ ist länger als 24 Stunden: höchstens 24h angeben.</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Abgesagt von %1</translation>
    </message>
    <message>
        <source>No result recorded within %1 h of its start: the watcher that ran it stopped (%2 marked it failed). It is not run again: check the cluster (pgpilot status) and schedule it anew if it is still needed.</source>
        <translation>Kein Ergebnis innerhalb von %1 h nach ihrem Start aufgezeichnet: Das pgpilot watch, das sie ausführte, wurde beendet (%2 hat sie als fehlgeschlagen markiert). Sie wird nicht erneut ausgeführt: den Cluster prüfen (pgpilot status) und sie neu planen, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>psql on %1 (the primary) failed with exit status %2: %3</source>
        <translation>psql auf %1 (dem Primary) schlug mit Exit-Status %2 fehl: %3</translation>
    </message>
    <message>
        <source>No node answered as the primary: the schedule is kept on the primary. Check the cluster with pgpilot status.</source>
        <translation>Kein Knoten hat als Primary geantwortet: Die Planung wird auf dem Primary geführt. Den Cluster mit pgpilot status prüfen.</translation>
    </message>
    <message>
        <source>No node answered as the primary (not reached: %1): the schedule is kept on the primary. Check the cluster with pgpilot status.</source>
        <translation>Kein Knoten hat als Primary geantwortet (nicht erreicht: %1): Die Planung wird auf dem Primary geführt. Den Cluster mit pgpilot status prüfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be scheduled (switchover, rolling-restart and upgrade can).</source>
        <translation>„%1“ lässt sich nicht planen (switchover, rolling-restart und upgrade schon).</translation>
    </message>
    <message>
        <source>Give a value (remove the row to go back to the server&apos;s default).</source>
        <translation>Einen Wert angeben (die Zeile entfernen, um zum Standardwert des Servers zurückzukehren).</translation>
    </message>
    <message>
        <source>The value is %1 characters long; at most %2 fit.</source>
        <translation>Der Wert ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <source>The value contains a line break: it must be one line.</source>
        <translation>Der Wert enthält einen Zeilenumbruch: Er muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The value contains a quote (%1): pgpilot quotes the value itself, leave quotes out.</source>
        <translation>Der Wert enthält ein Anführungszeichen (%1): pgpilot setzt den Wert selbst in Anführungszeichen, diese weglassen.</translation>
    </message>
    <message>
        <source>The value contains a backslash, which a configuration file would read as an escape.</source>
        <translation>Der Wert enthält einen Backslash, den eine Konfigurationsdatei als Escape-Zeichen lesen würde.</translation>
    </message>
    <message>
        <source>The value contains the character U+%1 at position %2: only printable ASCII characters (letters, digits, spaces and signs) are taken.</source>
        <translation>Der Wert enthält das Zeichen U+%1 an Position %2: Nur druckbare ASCII-Zeichen (Buchstaben, Ziffern, Leerzeichen und Sonderzeichen) werden angenommen.</translation>
    </message>
    <message>
        <source>The value contains &apos;{{&apos; or &apos;}}&apos;, which pgpilot&apos;s files reserve for their placeholders.</source>
        <translation>Der Wert enthält &apos;{{&apos; oder &apos;}}&apos;, was die Dateien von pgpilot für ihre Platzhalter reservieren.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>without a unit</source>
        <translation>ohne Einheit</translation>
    </message>
    <message>
        <source>with a unit among %1 (its own is %2)</source>
        <translation>mit einer Einheit aus %1 (die eigene ist %2)</translation>
    </message>
    <message>
        <source>%1 takes a whole number %2; %3 is not one.</source>
        <translation>%1 erwartet eine ganze Zahl %2; %3 ist keine.</translation>
    </message>
    <message>
        <source>%1 takes a number %2; %3 is not one.</source>
        <translation>%1 erwartet eine Zahl %2; %3 ist keine.</translation>
    </message>
    <message>
        <source>%1 takes a number without a unit; %2 has one.</source>
        <translation>%1 erwartet eine Zahl ohne Einheit; %2 hat eine.</translation>
    </message>
    <message>
        <source>%1: %2 has a unit this parameter does not take: valid units are %3.</source>
        <translation>%1: %2 hat eine Einheit, die dieser Parameter nicht kennt: gültige Einheiten sind %3.</translation>
    </message>
    <message>
        <source>%1: %2 is too large a number for this parameter (%3).</source>
        <translation>%1: %2 ist eine zu große Zahl für diesen Parameter (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range this server takes (%3).</source>
        <translation>%1: %2 liegt außerhalb des Bereichs, den dieser Server annimmt (%3).</translation>
    </message>
    <message>
        <source>%1 is not a parameter of this server: a typo, or a module&apos;s parameter whose module is not loaded.</source>
        <translation>%1 ist kein Parameter dieses Servers: ein Tippfehler oder der Parameter eines Moduls, das nicht geladen ist.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it was fixed when PostgreSQL was built or the cluster was created.</source>
        <translation>%1 lässt sich nicht ändern: Er wurde beim Bauen von PostgreSQL oder beim Anlegen des Clusters festgelegt.</translation>
    </message>
    <message>
        <source>%1 takes on or off (true/false, yes/no, 1/0); %2 is none of them.</source>
        <translation>%1 erwartet on oder off (true/false, yes/no, 1/0); %2 ist nichts davon.</translation>
    </message>
    <message>
        <source>%1 takes one of %2; %3 is none of them (this server offers no other).</source>
        <translation>%1 erwartet einen der Werte %2; %3 ist keiner davon (dieser Server bietet keine anderen).</translation>
    </message>
    <message>
        <source>The node&apos;s answer is not the list of settings pgpilot asked for: %1</source>
        <translation>Die Antwort des Knotens ist nicht die Liste der Einstellungen, die pgpilot angefragt hat: %1</translation>
    </message>
    <message>
        <source>%1 sets it to %2 and wins over pgpilot&apos;s file: %3</source>
        <translation>%1 setzt ihn auf %2 und hat Vorrang vor der Datei von pgpilot: %3</translation>
    </message>
    <message>
        <source>ALTER SYSTEM RESET %1 (then pgpilot settings again).</source>
        <translation>ALTER SYSTEM RESET %1 (danach erneut pgpilot settings).</translation>
    </message>
    <message>
        <source>remove it from %1.</source>
        <translation>ihn aus %1 entfernen.</translation>
    </message>
    <message>
        <source>The server refused %1 = &apos;%2&apos; in pgpilot&apos;s file (%3): see its log.</source>
        <translation>Der Server hat %1 = &apos;%2&apos; in der Datei von pgpilot (%3) abgelehnt: siehe sein Protokoll.</translation>
    </message>
    <message>
        <source>restart (primary first)</source>
        <translation>neu starten (Primary zuerst)</translation>
    </message>
    <message>
        <source>restart (pending)</source>
        <translation>neu starten (ausstehend)</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>ÜBERSTEUERT</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>its settings were not read</source>
        <translation>seine Einstellungen wurden nicht gelesen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>%1 (every node): %2</source>
        <translation>%1 (jeder Knoten): %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The worksheet sets no PostgreSQL parameter and pgpilot&apos;s settings file holds none.
</source>
        <translation>Das Arbeitsblatt setzt keinen PostgreSQL-Parameter, und die Einstellungsdatei von pgpilot enthält keinen.
</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>braucht</translation>
    </message>
    <message>
        <source>  ! %1: %2
</source>
        <translation>  ! %1: %2
</translation>
    </message>
    <message>
        <source>Waiting for a restart of PostgreSQL: %1 (on %2). Apply it one node at a time, the primary by a switchover:
  pgpilot rolling-restart %3 --yes
</source>
        <translation>Wartet auf einen Neustart von PostgreSQL: %1 (auf %2). Knoten für Knoten anwenden, den Primary per Switchover:
  pgpilot rolling-restart %3 --yes
</translation>
    </message>
    <message>
        <source>%1 goes down: a standby must keep it at least at the primary&apos;s value, so the primary must run with the lower value before the standbys restart.
</source>
        <translation>%1 sinkt: Ein Standby muss mindestens den Wert des Primary haben, daher muss der Primary mit dem niedrigeren Wert laufen, bevor die Standbys neu starten.
</translation>
    </message>
    <message>
        <source>Writes the worksheet&apos;s PostgreSQL parameters to conf.d/pgpilot-settings.conf on every node of %1 and reloads PostgreSQL there (a value a node refuses puts its previous file back); rewrites haproxy.cfg and keepalived.conf where their timings changed and reloads them, Keepalived one node at a time.
Clients: nothing restarts, sessions and writes go on. A value that needs a restart of PostgreSQL waits for a rolling restart.</source>
        <translation>Schreibt die PostgreSQL-Parameter des Arbeitsblatts auf jedem Knoten von %1 nach conf.d/pgpilot-settings.conf und lädt PostgreSQL dort neu (lehnt ein Knoten einen Wert ab, wird seine vorherige Datei zurückgelegt); schreibt haproxy.cfg und keepalived.conf neu, wo sich ihre Zeiten geändert haben, und lädt sie neu, Keepalived einen Knoten nach dem anderen.
Clients: Nichts wird neu gestartet, Sitzungen und Schreibzugriffe laufen weiter. Ein Wert, der einen Neustart von PostgreSQL braucht, wartet auf einen rollierenden Neustart.</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Die Einstellungen anwenden</translation>
    </message>
    <message>
        <source>Every value is in effect on every node and HAProxy&apos;s and Keepalived&apos;s files are as the worksheet says: nothing to apply.</source>
        <translation>Jeder Wert ist auf jedem Knoten wirksam, und die Dateien von HAProxy und Keepalived entsprechen dem Arbeitsblatt: nichts anzuwenden.</translation>
    </message>
    <message>
        <source>Nothing can be applied: correct on the worksheet what the nodes refuse (or reach the nodes that were not read), then read again.</source>
        <translation>Nichts kann angewendet werden: Auf dem Arbeitsblatt korrigieren, was die Knoten ablehnen (oder die nicht gelesenen Knoten erreichbar machen), dann erneut lesen.</translation>
    </message>
    <message>
        <source>a reload of PostgreSQL on every node puts %1 into effect</source>
        <translation>ein Neuladen von PostgreSQL auf jedem Knoten macht %1 wirksam</translation>
    </message>
    <message>
        <source>%1 reloaded with the new timings (no restart)</source>
        <translation>%1 mit den neuen Zeiten neu geladen (kein Neustart)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Applying writes the settings file on every node.</source>
        <translation>Anwenden schreibt die Einstellungsdatei auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Applying: %1.</source>
        <translation>Anwenden: %1.</translation>
    </message>
    <message>
        <source>After that, a restart of PostgreSQL is still needed for %1: a rolling restart (the standbys one at a time, then a switchover) does it.</source>
        <translation>Danach braucht %1 noch einen Neustart von PostgreSQL: Ein rollierender Neustart (die Standbys einer nach dem anderen, dann ein Switchover) erledigt das.</translation>
    </message>
    <message>
        <source>After that, a restart is still needed for %1, and %2 goes down: the primary must run with the lower value before the standbys restart.</source>
        <translation>Danach braucht %1 noch einen Neustart, und %2 sinkt: Der Primary muss mit dem niedrigeren Wert laufen, bevor die Standbys neu starten.</translation>
    </message>
    <message>
        <source>Written and reloaded; a restart of PostgreSQL on %2 is still needed for %1. A rolling restart does it: the standbys one at a time, each caught up before the next, then a switchover, then the old primary.</source>
        <translation>Geschrieben und neu geladen; %1 braucht noch einen Neustart von PostgreSQL auf %2. Ein rollierender Neustart erledigt das: die Standbys einer nach dem anderen, jeder hat aufgeholt, bevor der nächste an der Reihe ist, dann ein Switchover, dann der alte Primary.</translation>
    </message>
    <message>
        <source>Written and reloaded; a restart is still needed for %1, and %2 goes down: a standby must keep it at least at the primary&apos;s value, so the primary must restart with the lower value before the standbys. A rolling restart (standbys first) would stop their replay.</source>
        <translation>Geschrieben und neu geladen; %1 braucht noch einen Neustart, und %2 sinkt: Ein Standby muss mindestens den Wert des Primary haben, daher muss der Primary vor den Standbys mit dem niedrigeren Wert neu starten. Ein rollierender Neustart (Standbys zuerst) würde ihr Einspielen anhalten.</translation>
    </message>
    <message>
        <source>differs on %1: applying rewrites it and reloads %2 (no restart)</source>
        <translation>weicht auf %1 ab: Anwenden schreibt die Datei neu und lädt %2 neu (kein Neustart)</translation>
    </message>
    <message>
        <source>as the worksheet says on every node</source>
        <translation>wie im Arbeitsblatt auf jedem Knoten</translation>
    </message>
    <message>
        <source>not read on %1</source>
        <translation>nicht gelesen auf %1</translation>
    </message>
    <message>
        <source>(not on the worksheet)</source>
        <translation>(nicht im Arbeitsblatt)</translation>
    </message>
</context>
<context>
    <name>pgpilot::AdoptDialog</name>
    <message>
        <source>Adopt an existing cluster</source>
        <translation>Bestehenden Cluster übernehmen</translation>
    </message>
    <message>
        <source>A repmgr cluster built by hand (for example by the guide): pgpilot reads it from one node over SSH, finds the others, and writes a worksheet for the dashboard. Nothing on the nodes is changed.</source>
        <translation>Ein von Hand gebauter repmgr-Cluster (zum Beispiel nach der Anleitung): pgpilot liest ihn per SSH von einem Knoten, findet die anderen und schreibt ein Arbeitsblatt für das Dashboard. Auf den Knoten wird nichts geändert.</translation>
    </message>
    <message>
        <source>A node&apos;s &amp;address:</source>
        <translation>&amp;Adresse eines Knotens:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;key (empty: the agent):</source>
        <translation>SSH-&amp;Schlüssel (leer: der Agent):</translation>
    </message>
    <message>
        <source>none (the user is root)</source>
        <translation>keine (der Benutzer ist root)</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo ohne Passwort</translation>
    </message>
    <message>
        <source>&amp;Root through:</source>
        <translation>&amp;Root über:</translation>
    </message>
    <message>
        <source>Cluster &amp;name in pgpilot:</source>
        <translation>Cluster-&amp;Name in pgpilot:</translation>
    </message>
    <message>
        <source>&amp;Save the worksheet as:</source>
        <translation>Arbeitsblatt &amp;speichern unter:</translation>
    </message>
    <message>
        <source>What pgpilot read</source>
        <translation>Was pgpilot gelesen hat</translation>
    </message>
    <message>
        <source>I checked them: &amp;trust these keys</source>
        <translation>Ich habe sie geprüft: diesen Schlüsseln &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>&amp;Open the worksheet</source>
        <translation>Arbeitsblatt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Save the worksheet as</source>
        <translation>Arbeitsblatt speichern unter</translation>
    </message>
    <message>
        <source>Worksheets (*.json)</source>
        <translation>Arbeitsblätter (*.json)</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Give a node&apos;s address and where to save the worksheet.</source>
        <translation>Geben Sie die Adresse eines Knotens an und wo das Arbeitsblatt gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 exists: adopting writes a new worksheet and never replaces one.</source>
        <translation>%1 existiert: Die Übernahme schreibt ein neues Arbeitsblatt und ersetzt nie ein vorhandenes.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>pgpilot does not know these host keys yet. Compare each with the node&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before you trust it:
%1</source>
        <translation>pgpilot kennt diese Host-Schlüssel noch nicht. Vergleichen Sie jeden mit dem des Knotens selbst (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub darauf), bevor Sie ihm vertrauen:
%1</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Adopted %1: %2; VIP %3. Worksheet written to %4.</source>
        <translation>%1 übernommen: %2; VIP %3. Arbeitsblatt geschrieben nach %4.</translation>
    </message>
    <message>
        <source>sudo with the login&apos;s password</source>
        <translation>sudo mit dem Passwort der Anmeldung</translation>
    </message>
    <message>
        <source>Login &amp;password (SSH, key or sudo):</source>
        <translation>Anmelde&amp;passwort (SSH, Schlüssel oder sudo):</translation>
    </message>
    <message>
        <source>only if the login or sudo asks for one</source>
        <translation>nur wenn die Anmeldung oder sudo eines verlangt</translation>
    </message>
    <message>
        <source>Stored in the keychain (the worksheet names the entry), never in a file. Without a key it is the SSH password; with a key, the key&apos;s passphrase; and sudo&apos;s, when sudo asks.</source>
        <translation>Wird im Schlüsselbund gespeichert (das Arbeitsblatt nennt den Eintrag), nie in einer Datei. Ohne Schlüssel ist es das SSH-Passwort, mit Schlüssel dessen Passphrase, und das von sudo, wenn sudo danach fragt.</translation>
    </message>
    <message>
        <source>sudo asks for the login&apos;s password: enter it above.</source>
        <translation>sudo fragt nach dem Passwort der Anmeldung: oben eingeben.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the password in.</source>
        <translation>Es gibt keinen Schlüsselbund, der das Passwort aufnehmen kann.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::Adopter</name>
    <message numerus="yes">
        <source>Reading the %n node(s) of %1 over SSH (nothing is changed on them) ...</source>
        <translation>
            <numerusform>Lese den %n Knoten von %1 per SSH (daran wird nichts geändert) ...</numerusform>
            <numerusform>Lese die %n Knoten von %1 per SSH (daran wird nichts geändert) ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 over SSH (nothing is changed on the nodes) ...</source>
        <translation>Lese %1 per SSH (auf den Knoten wird nichts geändert) ...</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2). Check it on the node (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and confirm it: --accept-host-key %1=%2.</source>
        <translation>Der Host-Schlüssel von %1 ist noch nicht bekannt (%2). Prüfen Sie ihn auf dem Knoten (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) und bestätigen Sie ihn: --accept-host-key %1=%2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not part of a repmgr cluster: it has no repmgr.conf (/etc/repmgr.conf or /etc/repmgr/&lt;version&gt;/repmgr.conf). pgpilot adopts clusters built with repmgr, as the guide&apos;s phase 3 builds them; give the address of one of their nodes.</source>
        <translation>%1 gehört zu keinem repmgr-Cluster: Es hat keine repmgr.conf (/etc/repmgr.conf oder /etc/repmgr/&lt;version&gt;/repmgr.conf). pgpilot übernimmt Cluster, die mit repmgr gebaut sind, wie Phase 3 der Anleitung sie baut; geben Sie die Adresse eines ihrer Knoten an.</translation>
    </message>
    <message>
        <source>%1: %2 found; reading repmgr&apos;s node table ...</source>
        <translation>%1: %2 gefunden; lese die Knotentabelle von repmgr ...</translation>
    </message>
    <message>
        <source>%1 is not part of a working repmgr cluster: repmgr&apos;s node table could not be read (%2). Check that PostgreSQL runs on it and that repmgr registered it (repmgr cluster show).</source>
        <translation>%1 gehört zu keinem funktionierenden repmgr-Cluster: Die Knotentabelle von repmgr konnte nicht gelesen werden (%2). Prüfen Sie, ob PostgreSQL darauf läuft und ob repmgr ihn registriert hat (repmgr cluster show).</translation>
    </message>
    <message>
        <source>%1 has a repmgr.conf, but repmgr&apos;s node table does not list it (node_id %2).</source>
        <translation>%1 hat eine repmgr.conf, aber die Knotentabelle von repmgr listet ihn nicht (node_id %2).</translation>
    </message>
    <message numerus="yes">
        <source>repmgr lists %n node(s): %1</source>
        <translation>
            <numerusform>repmgr listet %n Knoten: %1</numerusform>
            <numerusform>repmgr listet %n Knoten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>repmgr&apos;s conninfo for it has no host</source>
        <translation>Die conninfo von repmgr dafür hat keinen Host</translation>
    </message>
    <message>
        <source>Reading %1 (%2) ...</source>
        <translation>Lese %1 (%2) ...</translation>
    </message>
    <message>
        <source>its host key is not known yet (%1)</source>
        <translation>sein Host-Schlüssel ist noch nicht bekannt (%1)</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer on it: %1</source>
        <translation>PostgreSQL hat darauf nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>pgpilot&apos;s health service (JSON on /health)</source>
        <translation>Health-Service von pgpilot (JSON auf /health)</translation>
    </message>
    <message>
        <source>GET %1 answered %2</source>
        <translation>GET %1 antwortete %2</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 antwortete HTTP %2</translation>
    </message>
    <message>
        <source>Confirm the host keys of the nodes not read (listed with their fingerprints), then adopt again: nothing was written.</source>
        <translation>Bestätigen Sie die Host-Schlüssel der nicht gelesenen Knoten (mit ihren Fingerprints aufgeführt) und übernehmen Sie dann erneut: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Reading the repmgr password from the nodes&apos; .pgpass (into the keychain, never shown) ...</source>
        <translation>Lese das repmgr-Passwort aus der .pgpass der Knoten (in den Schlüsselbund, nie angezeigt) ...</translation>
    </message>
    <message>
        <source>The password of %1 was not found in the .pgpass files of postgres, root or the sudo user on %2. Store it in the keychain as %3 before running status.</source>
        <translation>Das Passwort von %1 wurde in den .pgpass-Dateien von postgres, root oder dem sudo-Benutzer auf %2 nicht gefunden. Speichern Sie es als %3 im Schlüsselbund, bevor Sie status ausführen.</translation>
    </message>
    <message>
        <source>The nodes verify TLS with the CA in %1: its certificate is stored as %2, so status verifies the nodes. Its private key stays on the workstation that built the cluster: renew-certs and add-standby need the cluster&apos;s secrets from there (pgpilot import-secrets).</source>
        <translation>Die Knoten verifizieren TLS mit der CA in %1: Ihr Zertifikat ist als %2 gespeichert, daher verifiziert status die Knoten. Ihr privater Schlüssel bleibt auf dem Arbeitsplatzrechner, der den Cluster gebaut hat: renew-certs und add-standby brauchen die Geheimnisse des Clusters von dort (pgpilot import-secrets).</translation>
    </message>
    <message>
        <source>The nodes verify TLS with a CA (%1), which could not be read: import the cluster&apos;s secrets (pgpilot import-secrets) before status can verify them.</source>
        <translation>Die Knoten verifizieren TLS mit einer CA (%1), die nicht gelesen werden konnte: Importieren Sie die Geheimnisse des Clusters (pgpilot import-secrets), bevor status sie verifizieren kann.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The login needs a password (SSH or sudo) but names no keychain entry for it.</source>
        <translation>Die Anmeldung braucht ein Passwort (SSH oder sudo), nennt aber keinen Schlüsselbund-Eintrag dafür.</translation>
    </message>
    <message>
        <source>The login needs a password (SSH or sudo) but there is no secret store to read it from.</source>
        <translation>Die Anmeldung braucht ein Passwort (SSH oder sudo), aber es gibt keinen Geheimnisspeicher, aus dem es gelesen werden kann.</translation>
    </message>
    <message>
        <source>The login&apos;s password is not in the keychain (or secrets file): %1. Store it there first.</source>
        <translation>Das Passwort der Anmeldung ist nicht im Schlüsselbund (oder in der Geheimnisdatei): %1. Zuerst dort ablegen.</translation>
    </message>
</context>
<context>
    <name>pgpilot::AlarmBanner</name>
    <message>
        <source>⚠
CRITICAL</source>
        <translation>⚠
KRITISCH</translation>
    </message>
    <message>
        <source>▲
WARNING</source>
        <translation>▲
WARNUNG</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more: %1</source>
        <translation>
            <numerusform>+ %n weiterer: %1</numerusform>
            <numerusform>+ %n weitere: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::AlarmModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
</context>
<context>
    <name>pgpilot::AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>it is a directory.</source>
        <translation>es ist ein Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Audit</name>
    <message numerus="yes">
        <source>audit of %1: %n finding(s)
</source>
        <translation>
            <numerusform>Audit von %1: %n Abweichung
</numerusform>
            <numerusform>Audit von %1: %n Abweichungen
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditDialog</name>
    <message>
        <source>Audit of %1: differences from pgpilot&apos;s build</source>
        <translation>Audit von %1: Abweichungen vom Aufbau durch pgpilot</translation>
    </message>
    <message>
        <source>Reading the nodes over SSH (nothing is changed on them)…</source>
        <translation>Lese die Knoten per SSH (daran wird nichts geändert)…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No difference from what pgpilot would build.</source>
        <translation>Keine Abweichung von dem, was pgpilot bauen würde.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from what pgpilot would build, the worst first. Each names the phase step that would fix it.</source>
        <translation>
            <numerusform>%n Abweichung von dem, was pgpilot bauen würde. Jede nennt den Schritt der Phase, der sie beheben würde.</numerusform>
            <numerusform>%n Abweichungen von dem, was pgpilot bauen würde, die schwerste zuerst. Jede nennt den Schritt der Phase, der sie beheben würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (guide erratum %2)</source>
        <translation>%1 (Erratum der Anleitung %2)</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>phase %1, step %2</source>
        <translation>Phase %1, Schritt %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditLogDialog</name>
    <message>
        <source>Audit log — %1</source>
        <translation>Audit-Protokoll — %1</translation>
    </message>
    <message>
        <source>Every command pgpilot ran on a node, newest first (secrets masked).</source>
        <translation>Jeder Befehl, den pgpilot auf einem Knoten ausgeführt hat, der neueste zuerst (Geheimnisse maskiert).</translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditLogModel</name>
    <message>
        <source>write %1 (sha256 %2)</source>
        <translation>%1 schreiben (sha256 %2)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Command or file</source>
        <translation>Befehl oder Datei</translation>
    </message>
</context>
<context>
    <name>pgpilot::BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>… NOT READ YET</source>
        <translation>… NOCH NICHT GELESEN</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>▲ WARNING</source>
        <translation>▲ WARNUNG</translation>
    </message>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ KRITISCH</translation>
    </message>
    <message>
        <source>on %1 · stanza %2</source>
        <translation>auf %1 · Stanza %2</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Newest backup %1 (%2), stopped %3 UTC</source>
        <translation>Neuestes Backup %1 (%2), beendet am %3 UTC</translation>
    </message>
    <message>
        <source>WAL in the repository: %1 to %2</source>
        <translation>WAL im Repository: %1 bis %2</translation>
    </message>
    <message>
        <source>WAL archive</source>
        <translation>WAL-Archiv</translation>
    </message>
    <message>
        <source>WAL archive: %1</source>
        <translation>WAL-Archiv: %1</translation>
    </message>
    <message>
        <source>Gap %1 to %2 (%3 segments), healed by %4</source>
        <translation>Lücke %1 bis %2 (%3 Segmente), geschlossen durch %4</translation>
    </message>
    <message>
        <source>Gap %1 to %2 (%3 segments): breaks %4</source>
        <translation>Lücke %1 bis %2 (%3 Segmente): unterbricht %4</translation>
    </message>
</context>
<context>
    <name>pgpilot::Builder</name>
    <message>
        <source>Switchover to %1</source>
        <translation>Switchover auf %1</translation>
    </message>
    <message>
        <source>This makes %1 the primary of cluster %2: repmgr stops the current primary cleanly, promotes %1, and the other standbys follow it. Writes pause for a few seconds while the VIP %3 and port %4 move; open connections to the old primary are cut.</source>
        <translation>Dies macht %1 zum Primary von Cluster %2: repmgr hält den jetzigen Primary sauber an, befördert %1, und die übrigen Standbys folgen ihm. Schreibzugriffe pausieren einige Sekunden, während die VIP %3 und Port %4 wechseln; offene Verbindungen zum alten Primary werden getrennt.</translation>
    </message>
    <message>
        <source>Planned switchover: repmgr standby switchover --siblings-follow on %1, after a dry run.</source>
        <translation>Geplanter Switchover: repmgr standby switchover --siblings-follow auf %1, nach einem Probelauf.</translation>
    </message>
    <message>
        <source>Dry run of the switchover on %1</source>
        <translation>Probelauf des Switchovers auf %1</translation>
    </message>
    <message>
        <source>%1 must be a running standby</source>
        <translation>%1 muss ein laufender Standby sein</translation>
    </message>
    <message>
        <source>%1 is not a running standby (is it already the primary?)</source>
        <translation>%1 ist kein laufender Standby (ist er schon der Primary?)</translation>
    </message>
    <message>
        <source>repmgr standby switchover --dry-run</source>
        <translation>repmgr standby switchover --dry-run</translation>
    </message>
    <message>
        <source>The dry run refused: read its output. Common causes: postgres cannot reach the other nodes over SSH, or repmgrd is not running everywhere.</source>
        <translation>Der Probelauf lehnte ab: seine Ausgabe lesen. Häufige Ursachen: postgres erreicht die anderen Knoten nicht per SSH, oder repmgrd läuft nicht überall.</translation>
    </message>
    <message>
        <source>Switch over to %1</source>
        <translation>Switchover auf %1 ausführen</translation>
    </message>
    <message>
        <source>repmgr standby switchover --siblings-follow</source>
        <translation>repmgr standby switchover --siblings-follow</translation>
    </message>
    <message>
        <source>The switchover failed: run &apos;repmgr cluster show&apos; on %1 and check which node is primary before doing anything else.</source>
        <translation>Der Switchover schlug fehl: auf %1 „repmgr cluster show“ ausführen und prüfen, welcher Knoten Primary ist, bevor irgendetwas anderes geschieht.</translation>
    </message>
    <message>
        <source>Wait until port %1 on the VIP reaches %2</source>
        <translation>Warten, bis Port %1 auf der VIP %2 erreicht</translation>
    </message>
    <message>
        <source>Wait (at most 90 s) for the VIP to send writes to %1</source>
        <translation>Warten (höchstens 90 s), bis die VIP Schreibzugriffe an %1 leitet</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach %2 after 90 s</source>
        <translation>Port %1 auf der VIP erreicht %2 auch nach 90 s nicht</translation>
    </message>
    <message>
        <source>Keepalived did not move the VIP: see journalctl -u keepalived on %1.</source>
        <translation>Keepalived hat die VIP nicht verschoben: siehe journalctl -u keepalived auf %1.</translation>
    </message>
    <message>
        <source>Validate and install %1</source>
        <translation>%1 prüfen und installieren</translation>
    </message>
    <message>
        <source>the node answers over SSH</source>
        <translation>der Knoten antwortet über SSH</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>SSH to the node failed: check that it is up, the address and SSH port in the worksheet, and the host key.</source>
        <translation>SSH zum Knoten schlug fehl: prüfen, ob er läuft, sowie Adresse und SSH-Port im Arbeitsblatt und den Host-Key.</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Reaches every node and checks the operating system, free disk, clocks, the network interface and addresses, that the VIP is free and that the cluster&apos;s ports are free. Changes nothing.</source>
        <translation>Erreicht jeden Knoten und prüft Betriebssystem, freien Plattenplatz, Uhren, Netzwerkschnittstelle und Adressen, ob die VIP frei ist und ob die Ports des Clusters frei sind. Ändert nichts.</translation>
    </message>
    <message>
        <source>Every node answers over SSH</source>
        <translation>Jeder Knoten antwortet über SSH</translation>
    </message>
    <message>
        <source>a shell answers</source>
        <translation>eine Shell antwortet</translation>
    </message>
    <message>
        <source>answered as %1</source>
        <translation>antwortete als %1</translation>
    </message>
    <message>
        <source>The login works but the shell fails: check the account and sudo settings.</source>
        <translation>Die Anmeldung klappt, aber die Shell versagt: Konto und sudo-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Operating system is %1</source>
        <translation>Betriebssystem ist %1</translation>
    </message>
    <message>
        <source>The node runs another OS than the worksheet&apos;s platform (%1): change the platform or the node.</source>
        <translation>Der Knoten läuft mit einem anderen Betriebssystem als der Plattform im Arbeitsblatt (%1): die Plattform oder den Knoten ändern.</translation>
    </message>
    <message>
        <source>At least 5 GiB free under /var/lib</source>
        <translation>Mindestens 5 GiB frei unter /var/lib</translation>
    </message>
    <message>
        <source>&gt;= 5 GiB free</source>
        <translation>&gt;= 5 GiB frei</translation>
    </message>
    <message>
        <source>%1 MiB free</source>
        <translation>%1 MiB frei</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s data and WAL live under /var/lib: free space or grow the disk.</source>
        <translation>Daten und WAL von PostgreSQL liegen unter /var/lib: Platz schaffen oder die Platte vergrößern.</translation>
    </message>
    <message>
        <source>Clocks agree within 5 seconds</source>
        <translation>Uhren stimmen auf 5 Sekunden überein</translation>
    </message>
    <message>
        <source>a time in seconds</source>
        <translation>eine Zeit in Sekunden</translation>
    </message>
    <message>
        <source>The node did not report its time.</source>
        <translation>Der Knoten meldete seine Zeit nicht.</translation>
    </message>
    <message>
        <source>at most 5 s between nodes</source>
        <translation>höchstens 5 s zwischen den Knoten</translation>
    </message>
    <message>
        <source>%1 s between %2 and %3</source>
        <translation>%1 s zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Clock skew confuses repmgr&apos;s and the logs&apos; timelines: enable NTP (systemd-timesyncd or chrony) on every node.</source>
        <translation>Abweichende Uhren verwirren die Zeitachsen von repmgr und den Protokollen: NTP auf jedem Knoten einschalten (systemd-timesyncd oder chrony).</translation>
    </message>
    <message>
        <source>Each node&apos;s interface exists and carries its address</source>
        <translation>Die Schnittstelle jedes Knotens existiert und trägt seine Adresse</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1/%2 on %3</source>
        <translation>%1/%2 auf %3</translation>
    </message>
    <message>
        <source>%1 is on %2</source>
        <translation>%1 liegt auf %2</translation>
    </message>
    <message>
        <source>%1 has other addresses only</source>
        <translation>%1 hat nur andere Adressen</translation>
    </message>
    <message>
        <source>no interface %1 with an address</source>
        <translation>keine Schnittstelle %1 mit einer Adresse</translation>
    </message>
    <message>
        <source>Set the node&apos;s interface in the worksheet to %1.</source>
        <translation>Die Schnittstelle des Knotens im Arbeitsblatt auf %1 setzen.</translation>
    </message>
    <message>
        <source>Check the interface name (ip -o addr) and the node&apos;s address in the worksheet.</source>
        <translation>Den Namen der Schnittstelle (ip -o addr) und die Adresse des Knotens im Arbeitsblatt prüfen.</translation>
    </message>
    <message>
        <source>Each node&apos;s address has the subnet&apos;s prefix</source>
        <translation>Die Adresse jedes Knotens hat das Präfix des Subnetzes</translation>
    </message>
    <message>
        <source>/%1 as in %2</source>
        <translation>/%1 wie in %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The node&apos;s network differs from the worksheet&apos;s subnet: correct the subnet or the node&apos;s netmask.</source>
        <translation>Das Netz des Knotens weicht vom Subnetz des Arbeitsblatts ab: das Subnetz oder die Netzmaske des Knotens korrigieren.</translation>
    </message>
    <message>
        <source>%1 configured</source>
        <translation>%1 eingerichtet</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>Adresse nicht gefunden</translation>
    </message>
    <message>
        <source>See the interface check.</source>
        <translation>Siehe die Schnittstellen-Prüfung.</translation>
    </message>
    <message>
        <source>The VIP %1 is not in use</source>
        <translation>Die VIP %1 ist nicht in Gebrauch</translation>
    </message>
    <message>
        <source>VIP not assigned (or held by this cluster)</source>
        <translation>VIP nicht vergeben (oder von diesem Cluster gehalten)</translation>
    </message>
    <message>
        <source>%1 is assigned on this node</source>
        <translation>%1 ist auf diesem Knoten vergeben</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht vergeben</translation>
    </message>
    <message>
        <source>The VIP is already configured on this node by something else: choose a spare address.</source>
        <translation>Die VIP ist auf diesem Knoten bereits von etwas anderem eingerichtet: eine freie Adresse wählen.</translation>
    </message>
    <message>
        <source>no host answers on %1</source>
        <translation>kein Host antwortet auf %1</translation>
    </message>
    <message>
        <source>%1 answers ping</source>
        <translation>%1 antwortet auf Ping</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Another host on the subnet uses the VIP: choose a spare address.</source>
        <translation>Ein anderer Host im Subnetz verwendet die VIP: eine freie Adresse wählen.</translation>
    </message>
    <message>
        <source>Ports %1, %2, %3, %4 and %5 are free (or used by this cluster&apos;s own services)</source>
        <translation>Die Ports %1, %2, %3, %4 und %5 sind frei (oder von den eigenen Diensten dieses Clusters belegt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ss lists the listening sockets</source>
        <translation>ss listet die lauschenden Sockets</translation>
    </message>
    <message>
        <source>ss (iproute2) is missing or failed.</source>
        <translation>ss (iproute2) fehlt oder schlug fehl.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation>belegt: %1</translation>
    </message>
    <message>
        <source>Another program listens on a port the cluster needs: stop it or change the port in the worksheet.</source>
        <translation>Ein anderes Programm lauscht auf einem Port, den der Cluster braucht: es anhalten oder den Port im Arbeitsblatt ändern.</translation>
    </message>
    <message>
        <source>Base installation</source>
        <translation>Grundinstallation</translation>
    </message>
    <message>
        <source>Host names, the package source, PostgreSQL %1 with repmgr, HAProxy, Keepalived and Python on every node; PostgreSQL set not to start at boot (repmgr starts it).</source>
        <translation>Hostnamen, die Paketquelle, PostgreSQL %1 mit repmgr, HAProxy, Keepalived und Python auf jedem Knoten; PostgreSQL startet nicht beim Booten (das übernimmt repmgr).</translation>
    </message>
    <message>
        <source>Write the cluster&apos;s host names to /etc/hosts</source>
        <translation>Die Hostnamen des Clusters in /etc/hosts eintragen</translation>
    </message>
    <message>
        <source>/etc/hosts could not be rewritten: check that it is a regular, writable file.</source>
        <translation>/etc/hosts konnte nicht neu geschrieben werden: prüfen, ob es eine normale, beschreibbare Datei ist.</translation>
    </message>
    <message>
        <source>Rewrite pgpilot&apos;s block in /etc/hosts</source>
        <translation>Den pgpilot-Block in /etc/hosts neu schreiben</translation>
    </message>
    <message>
        <source>Configure the package source</source>
        <translation>Die Paketquelle einrichten</translation>
    </message>
    <message>
        <source>The package source could not be set up: check the node&apos;s access to the repository (proxy, firewall, mirror URL).</source>
        <translation>Die Paketquelle konnte nicht eingerichtet werden: den Zugang des Knotens zum Repository prüfen (Proxy, Firewall, Spiegel-URL).</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s own archive (remove pgpilot&apos;s source list)</source>
        <translation>Das Archiv der Distribution verwenden (pgpilots Quellenliste entfernen)</translation>
    </message>
    <message>
        <source>Install curl and CA certificates</source>
        <translation>curl und CA-Zertifikate installieren</translation>
    </message>
    <message>
        <source>Fetch the PGDG signing key</source>
        <translation>Den PGDG-Signaturschlüssel holen</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>Install PostgreSQL %1, repmgr, HAProxy and Keepalived</source>
        <translation>PostgreSQL %1, repmgr, HAProxy und Keepalived installieren</translation>
    </message>
    <message>
        <source>apt-get failed: read its output; a held lock, a missing package in the source or no network access to the repository are the usual causes.</source>
        <translation>apt-get schlug fehl: seine Ausgabe lesen; übliche Ursachen sind eine gehaltene Sperre, ein in der Quelle fehlendes Paket oder kein Netzzugang zum Repository.</translation>
    </message>
    <message>
        <source>apt-get update</source>
        <translation>apt-get update</translation>
    </message>
    <message>
        <source>apt-get install %1</source>
        <translation>apt-get install %1</translation>
    </message>
    <message>
        <source>Let repmgr own starting PostgreSQL (start.conf = manual)</source>
        <translation>repmgr das Starten von PostgreSQL überlassen (start.conf = manual)</translation>
    </message>
    <message>
        <source>The cluster&apos;s configuration directory is missing: did the postgresql-%1 package create the main cluster?</source>
        <translation>Das Konfigurationsverzeichnis des Clusters fehlt: hat das Paket postgresql-%1 den Cluster „main“ angelegt?</translation>
    </message>
    <message>
        <source>PostgreSQL %1 runs on every node</source>
        <translation>PostgreSQL %1 läuft auf jedem Knoten</translation>
    </message>
    <message>
        <source>no cluster %1/main</source>
        <translation>kein Cluster %1/main</translation>
    </message>
    <message>
        <source>start.conf is manual, so PostgreSQL stays down after a reboot: start it (pg_ctlcluster %1 main start, the primary first) or rejoin the node; if it will not start, see /var/log/postgresql/postgresql-%1-main.log.</source>
        <translation>start.conf steht auf manual, daher bleibt PostgreSQL nach einem Neustart aus: es starten (pg_ctlcluster %1 main start, den Primary zuerst) oder den Knoten wieder einbinden; startet es nicht, siehe /var/log/postgresql/postgresql-%1-main.log.</translation>
    </message>
    <message>
        <source>PostgreSQL did not start: see journalctl -u postgresql@%1-main and /var/log/postgresql/postgresql-%1-main.log.</source>
        <translation>PostgreSQL startete nicht: siehe journalctl -u postgresql@%1-main und /var/log/postgresql/postgresql-%1-main.log.</translation>
    </message>
    <message>
        <source>repmgr is installed</source>
        <translation>repmgr ist installiert</translation>
    </message>
    <message>
        <source>The repmgr package for this PostgreSQL version is missing or another version.</source>
        <translation>Das repmgr-Paket für diese PostgreSQL-Version fehlt oder hat eine andere Version.</translation>
    </message>
    <message>
        <source>Node names resolve to the worksheet&apos;s addresses</source>
        <translation>Die Knotennamen lösen zu den Adressen des Arbeitsblatts auf</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>every node name resolves to its address</source>
        <translation>jeder Knotenname löst zu seiner Adresse auf</translation>
    </message>
    <message>
        <source>all resolve</source>
        <translation>alle lösen auf</translation>
    </message>
    <message>
        <source>An older /etc/hosts entry or DNS record wins: remove it.</source>
        <translation>Ein älterer Eintrag in /etc/hosts oder ein DNS-Eintrag hat Vorrang: ihn entfernen.</translation>
    </message>
    <message>
        <source>PostgreSQL does not start at boot</source>
        <translation>PostgreSQL startet nicht beim Booten</translation>
    </message>
    <message>
        <source>start.conf was changed after pgpilot wrote it.</source>
        <translation>start.conf wurde geändert, nachdem pgpilot es geschrieben hatte.</translation>
    </message>
    <message>
        <source>PostgreSQL configuration</source>
        <translation>PostgreSQL-Konfiguration</translation>
    </message>
    <message>
        <source>pgpilot&apos;s configuration drop-in, client authentication for repmgr, replication and the application, the postgres user&apos;s password file, then a restart of PostgreSQL %1.</source>
        <translation>pgpilots Konfigurationsergänzung, Client-Authentifizierung für repmgr, Replikation und die Anwendung, die Passwortdatei des Benutzers postgres, danach ein Neustart von PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Allow repmgr, replication and the application (pg_hba.conf)</source>
        <translation>repmgr, Replikation und die Anwendung zulassen (pg_hba.conf)</translation>
    </message>
    <message>
        <source>pg_hba.conf could not be rewritten or PostgreSQL refused to reload it: see the server log.</source>
        <translation>pg_hba.conf konnte nicht neu geschrieben werden, oder PostgreSQL lehnte das Neuladen ab: siehe das Server-Protokoll.</translation>
    </message>
    <message>
        <source>Rewrite pgpilot&apos;s block in %1</source>
        <translation>Den pgpilot-Block in %1 neu schreiben</translation>
    </message>
    <message>
        <source>Reload PostgreSQL</source>
        <translation>PostgreSQL neu laden</translation>
    </message>
    <message>
        <source>Write the postgres user&apos;s password file</source>
        <translation>Die Passwortdatei des Benutzers postgres schreiben</translation>
    </message>
    <message>
        <source>The password file could not be written: is the keychain entry for the repmgr password set?</source>
        <translation>Die Passwortdatei konnte nicht geschrieben werden: ist der Schlüsselbund-Eintrag für das repmgr-Passwort gesetzt?</translation>
    </message>
    <message>
        <source>Write %1 (0600)</source>
        <translation>%1 schreiben (0600)</translation>
    </message>
    <message>
        <source>Write the replication settings (conf.d/pgpilot.conf)</source>
        <translation>Die Replikationseinstellungen schreiben (conf.d/pgpilot.conf)</translation>
    </message>
    <message>
        <source>The drop-in could not be written or PostgreSQL refused to reload it: see the server log.</source>
        <translation>Die Konfigurationsergänzung konnte nicht geschrieben werden, oder PostgreSQL lehnte das Neuladen ab: siehe das Server-Protokoll.</translation>
    </message>
    <message>
        <source>Create the WAL archive directory</source>
        <translation>Das WAL-Archivverzeichnis anlegen</translation>
    </message>
    <message>
        <source>PostgreSQL did not come back: see journalctl -u %1 and the server log.</source>
        <translation>PostgreSQL kam nicht zurück: siehe journalctl -u %1 und das Server-Protokoll.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node</source>
        <translation>wal_level ist replica und repmgr steht auf jedem Knoten in shared_preload_libraries</translation>
    </message>
    <message>
        <source>PostgreSQL answers</source>
        <translation>PostgreSQL antwortet</translation>
    </message>
    <message>
        <source>PostgreSQL is not running: see the server log.</source>
        <translation>PostgreSQL läuft nicht: siehe das Server-Protokoll.</translation>
    </message>
    <message>
        <source>wal_level=replica, shared_preload_libraries has repmgr, nothing pending a restart</source>
        <translation>wal_level=replica, shared_preload_libraries enthält repmgr, nichts wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>wal_level=%1, shared_preload_libraries=&apos;%2&apos;, %3 pending restart</source>
        <translation>wal_level=%1, shared_preload_libraries=&apos;%2&apos;, %3 warten auf einen Neustart</translation>
    </message>
    <message>
        <source>The drop-in is not read (include_dir &apos;conf.d&apos; missing from postgresql.conf?) or a later file overrides it, or PostgreSQL was not restarted.</source>
        <translation>Die Konfigurationsergänzung wird nicht gelesen (include_dir &apos;conf.d&apos; fehlt in postgresql.conf?), eine spätere Datei überschreibt sie, oder PostgreSQL wurde nicht neu gestartet.</translation>
    </message>
    <message>
        <source>pg_hba.conf loads, has no trust rule and lets repmgr in</source>
        <translation>pg_hba.conf lädt, hat keine trust-Regel und lässt repmgr herein</translation>
    </message>
    <message>
        <source>0 errors, 0 trust rules, &gt;= 2 scram-sha-256 rules for repmgr</source>
        <translation>0 Fehler, 0 trust-Regeln, &gt;= 2 scram-sha-256-Regeln für repmgr</translation>
    </message>
    <message>
        <source>%1 errors, %2 trust rules, %3 repmgr rules</source>
        <translation>%1 Fehler, %2 trust-Regeln, %3 repmgr-Regeln</translation>
    </message>
    <message>
        <source>pg_hba.conf has an error or a trust rule: read pg_hba_file_rules on the node.</source>
        <translation>pg_hba.conf hat einen Fehler oder eine trust-Regel: pg_hba_file_rules auf dem Knoten lesen.</translation>
    </message>
    <message>
        <source>~postgres/.pgpass belongs to postgres, mode 0600</source>
        <translation>~postgres/.pgpass gehört postgres, Modus 0600</translation>
    </message>
    <message>
        <source>libpq ignores a password file others can read.</source>
        <translation>libpq ignoriert eine Passwortdatei, die andere lesen können.</translation>
    </message>
    <message>
        <source>repmgr and cluster initialisation</source>
        <translation>repmgr und Cluster-Initialisierung</translation>
    </message>
    <message>
        <source>repmgr&apos;s user and database on %1, repmgr.conf, sudo rights for repmgr, SSH between the nodes for the postgres user, then registers the primary, clones the standbys one at a time and starts repmgrd on every node.</source>
        <translation>repmgrs Benutzer und Datenbank auf %1, repmgr.conf, sudo-Rechte für repmgr, SSH zwischen den Knoten für den Benutzer postgres; dann wird der Primary registriert, die Standbys werden nacheinander geklont und repmgrd startet auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Allow repmgr to control PostgreSQL through sudo</source>
        <translation>repmgr die Steuerung von PostgreSQL über sudo erlauben</translation>
    </message>
    <message>
        <source>visudo rejected the sudoers drop-in: report this as a pgpilot bug.</source>
        <translation>visudo lehnte die sudoers-Ergänzung ab: bitte als Fehler in pgpilot melden.</translation>
    </message>
    <message>
        <source>Write /etc/repmgr.conf</source>
        <translation>/etc/repmgr.conf schreiben</translation>
    </message>
    <message>
        <source>/etc/repmgr.conf could not be written.</source>
        <translation>/etc/repmgr.conf konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Install the pg_rewind wrapper that names Debian&apos;s configuration file</source>
        <translation>Den pg_rewind-Wrapper installieren, der Debians Konfigurationsdatei angibt</translation>
    </message>
    <message>
        <source>The wrapper could not be written.</source>
        <translation>Der Wrapper konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Give the postgres user pgpilot&apos;s SSH key</source>
        <translation>Dem Benutzer postgres pgpilots SSH-Schlüssel geben</translation>
    </message>
    <message>
        <source>The key could not be installed: is the keychain entry %1 set (an OpenSSH private key)?</source>
        <translation>Der Schlüssel konnte nicht installiert werden: ist der Schlüsselbund-Eintrag %1 gesetzt (ein privater OpenSSH-Schlüssel)?</translation>
    </message>
    <message>
        <source>Write the private key %1</source>
        <translation>Den privaten Schlüssel %1 schreiben</translation>
    </message>
    <message>
        <source>Authorise the key for the other nodes (authorized_keys)</source>
        <translation>Den Schlüssel für die anderen Knoten freigeben (authorized_keys)</translation>
    </message>
    <message>
        <source>Record the nodes&apos; SSH host keys for postgres</source>
        <translation>Die SSH-Host-Keys der Knoten für postgres eintragen</translation>
    </message>
    <message>
        <source>Create the repmgr role and database</source>
        <translation>Die repmgr-Rolle und -Datenbank anlegen</translation>
    </message>
    <message>
        <source>Create repmgr&apos;s user and database on %1</source>
        <translation>repmgrs Benutzer und Datenbank auf %1 anlegen</translation>
    </message>
    <message>
        <source>psql failed on the primary: see its output.</source>
        <translation>psql schlug auf dem Primary fehl: siehe seine Ausgabe.</translation>
    </message>
    <message>
        <source>Register %1 as the primary</source>
        <translation>%1 als Primary registrieren</translation>
    </message>
    <message>
        <source>repmgr primary register</source>
        <translation>repmgr primary register</translation>
    </message>
    <message>
        <source>repmgr could not register the primary: is repmgr in shared_preload_libraries (phase 2)?</source>
        <translation>repmgr konnte den Primary nicht registrieren: steht repmgr in shared_preload_libraries (Phase 2)?</translation>
    </message>
    <message>
        <source>Stop PostgreSQL before cloning</source>
        <translation>PostgreSQL vor dem Klonen anhalten</translation>
    </message>
    <message>
        <source>Clone from %1 (repmgr standby clone --fast-checkpoint)</source>
        <translation>Von %1 klonen (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>Start PostgreSQL as a standby</source>
        <translation>PostgreSQL als Standby starten</translation>
    </message>
    <message>
        <source>repmgr standby register</source>
        <translation>repmgr standby register</translation>
    </message>
    <message>
        <source>Clone and register the standbys, one at a time</source>
        <translation>Die Standbys nacheinander klonen und registrieren</translation>
    </message>
    <message>
        <source>The clone failed: check that the standby reaches the primary on port %1 and that pg_hba.conf allows replication from the subnet.</source>
        <translation>Das Klonen schlug fehl: prüfen, ob der Standby den Primary auf Port %1 erreicht und pg_hba.conf Replikation aus dem Subnetz erlaubt.</translation>
    </message>
    <message>
        <source>Run repmgrd on every node (native systemd unit)</source>
        <translation>repmgrd auf jedem Knoten betreiben (eigene systemd-Unit)</translation>
    </message>
    <message>
        <source>repmgrd did not stay up: see journalctl -u %1.</source>
        <translation>repmgrd blieb nicht aktiv: siehe journalctl -u %1.</translation>
    </message>
    <message>
        <source>Enable and (re)start %1</source>
        <translation>%1 aktivieren und (neu) starten</translation>
    </message>
    <message>
        <source>repmgr cluster show: one primary and %1 running standbys</source>
        <translation>repmgr cluster show: ein Primary und %1 laufende Standbys</translation>
    </message>
    <message>
        <source>repmgr cluster show lists the nodes</source>
        <translation>repmgr cluster show listet die Knoten</translation>
    </message>
    <message>
        <source>repmgr cannot reach its database on %1.</source>
        <translation>repmgr erreicht seine Datenbank auf %1 nicht.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>not in repmgr&apos;s node list</source>
        <translation>nicht in repmgrs Knotenliste</translation>
    </message>
    <message>
        <source>The node was never registered: re-run phase 3.</source>
        <translation>Der Knoten wurde nie registriert: Phase 3 erneut ausführen.</translation>
    </message>
    <message>
        <source>running primary</source>
        <translation>laufender Primary</translation>
    </message>
    <message>
        <source>running standby</source>
        <translation>laufender Standby</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>running (primary or standby)</source>
        <translation>läuft (Primary oder Standby)</translation>
    </message>
    <message>
        <source>repmgr cannot connect to the node: PostgreSQL down or port %1 blocked.</source>
        <translation>repmgr kann sich nicht mit dem Knoten verbinden: PostgreSQL ist aus oder Port %1 gesperrt.</translation>
    </message>
    <message>
        <source>1 primary, %1 standbys, %2 nodes</source>
        <translation>1 Primary, %1 Standbys, %2 Knoten</translation>
    </message>
    <message>
        <source>%1 primaries, %2 nodes listed</source>
        <translation>%1 Primarys, %2 Knoten gelistet</translation>
    </message>
    <message>
        <source>Two writable primaries: split brain. Fence one (stop it and keep it stopped).</source>
        <translation>Zwei beschreibbare Primarys: Split-Brain. Einen abschotten (anhalten und angehalten lassen).</translation>
    </message>
    <message>
        <source>No primary: check repmgrd&apos;s log for a failed promotion.</source>
        <translation>Kein Primary: im Protokoll von repmgrd nach einer fehlgeschlagenen Beförderung suchen.</translation>
    </message>
    <message>
        <source>The primary streams to %1 standbys; every standby receives</source>
        <translation>Der Primary streamt an %1 Standbys; jeder Standby empfängt</translation>
    </message>
    <message>
        <source>PostgreSQL is not running on this node.</source>
        <translation>PostgreSQL läuft auf diesem Knoten nicht.</translation>
    </message>
    <message>
        <source>primary with %1 streaming standbys</source>
        <translation>Primary mit %1 streamenden Standbys</translation>
    </message>
    <message>
        <source>A standby is not connected: see its server log; port %1 or pg_hba.conf may block replication.</source>
        <translation>Ein Standby ist nicht verbunden: siehe sein Server-Protokoll; Port %1 oder pg_hba.conf blockieren womöglich die Replikation.</translation>
    </message>
    <message>
        <source>standby, WAL receiver streaming</source>
        <translation>Standby, WAL-Empfänger streamt</translation>
    </message>
    <message>
        <source>standby, WAL receiver %1</source>
        <translation>Standby, WAL-Empfänger %1</translation>
    </message>
    <message>
        <source>The standby does not reach the primary: see its server log.</source>
        <translation>Der Standby erreicht den Primary nicht: siehe sein Server-Protokoll.</translation>
    </message>
    <message>
        <source>repmgrd really runs on every node</source>
        <translation>repmgrd läuft wirklich auf jedem Knoten</translation>
    </message>
    <message>
        <source>unit active, repmgrd process present, repmgr reports it running</source>
        <translation>Unit aktiv, repmgrd-Prozess vorhanden, repmgr meldet ihn als laufend</translation>
    </message>
    <message>
        <source>unit %1, pid %2, repmgrd_is_running %3</source>
        <translation>Unit %1, PID %2, repmgrd_is_running %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>repmgrd exits at start: see journalctl -u %1 (node not registered, or PostgreSQL down).</source>
        <translation>repmgrd beendet sich beim Start: siehe journalctl -u %1 (Knoten nicht registriert oder PostgreSQL aus).</translation>
    </message>
    <message>
        <source>postgres reaches every node over SSH without a password</source>
        <translation>postgres erreicht jeden Knoten per SSH ohne Passwort</translation>
    </message>
    <message>
        <source>SSH to every node works</source>
        <translation>SSH zu jedem Knoten funktioniert</translation>
    </message>
    <message>
        <source>all reached</source>
        <translation>alle erreicht</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Host key or authorized_keys missing on the target, or sshd refuses the postgres user (AllowUsers?). Switchover and rejoin need this.</source>
        <translation>Host-Key oder authorized_keys fehlen auf dem Ziel, oder sshd weist den Benutzer postgres ab (AllowUsers?). Switchover und Wiedereinbinden brauchen das.</translation>
    </message>
    <message>
        <source>HAProxy, health service and VIP</source>
        <translation>HAProxy, Health-Dienst und VIP</translation>
    </message>
    <message>
        <source>The health service on port %1, HAProxy on ports %2 (writes) and %3 (reads) with HTTP checks, Keepalived moving the VIP %4 with the primary.</source>
        <translation>Der Health-Dienst auf Port %1, HAProxy auf den Ports %2 (Schreiben) und %3 (Lesen) mit HTTP-Prüfungen, Keepalived bewegt die VIP %4 mit dem Primary.</translation>
    </message>
    <message>
        <source>Install and start the health service</source>
        <translation>Den Health-Dienst installieren und starten</translation>
    </message>
    <message>
        <source>The health service did not stay up: see journalctl -u %1.</source>
        <translation>Der Health-Dienst blieb nicht aktiv: siehe journalctl -u %1.</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>HAProxy konfigurieren</translation>
    </message>
    <message>
        <source>HAProxy refused the configuration or did not start: see journalctl -u haproxy.</source>
        <translation>HAProxy lehnte die Konfiguration ab oder startete nicht: siehe journalctl -u haproxy.</translation>
    </message>
    <message>
        <source>Enable and reload HAProxy</source>
        <translation>HAProxy aktivieren und neu laden</translation>
    </message>
    <message>
        <source>Configure Keepalived for the VIP</source>
        <translation>Keepalived für die VIP konfigurieren</translation>
    </message>
    <message>
        <source>Keepalived refused the configuration or did not start: see journalctl -u keepalived.</source>
        <translation>Keepalived lehnte die Konfiguration ab oder startete nicht: siehe journalctl -u keepalived.</translation>
    </message>
    <message>
        <source>Enable and restart Keepalived</source>
        <translation>Keepalived aktivieren und neu starten</translation>
    </message>
    <message>
        <source>Create the application&apos;s database and role on %1</source>
        <translation>Datenbank und Rolle der Anwendung auf %1 anlegen</translation>
    </message>
    <message>
        <source>Create the application role and database</source>
        <translation>Rolle und Datenbank der Anwendung anlegen</translation>
    </message>
    <message>
        <source>Wait until the VIP and ports %1/%2 reach the primary and a standby</source>
        <translation>Warten, bis die VIP und die Ports %1/%2 den Primary und einen Standby erreichen</translation>
    </message>
    <message>
        <source>The VIP did not come up on the primary: see journalctl -u keepalived there (check script, VRRP between the nodes) and HAProxy&apos;s stats page.</source>
        <translation>Die VIP kam auf dem Primary nicht hoch: dort journalctl -u keepalived lesen (Prüfskript, VRRP zwischen den Knoten) und die Statistikseite von HAProxy.</translation>
    </message>
    <message>
        <source>Wait (at most 60 s) for the VIP&apos;s ports %1 and %2</source>
        <translation>Warten (höchstens 60 s) auf die Ports %1 und %2 der VIP</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach the primary or port %2 no standby after 60 s</source>
        <translation>Port %1 auf der VIP erreicht nach 60 s nicht den Primary oder Port %2 keinen Standby</translation>
    </message>
    <message>
        <source>Exactly one node, the primary, holds the VIP %1</source>
        <translation>Genau ein Knoten, der Primary, hält die VIP %1</translation>
    </message>
    <message>
        <source>holds the VIP (primary)</source>
        <translation>hält die VIP (Primary)</translation>
    </message>
    <message>
        <source>no VIP (not primary)</source>
        <translation>keine VIP (nicht Primary)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>holds the VIP</source>
        <translation>hält die VIP</translation>
    </message>
    <message>
        <source>no VIP</source>
        <translation>keine VIP</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>PostgreSQL down</source>
        <translation>PostgreSQL aus</translation>
    </message>
    <message>
        <source>Keepalived keeps the VIP on a node that is not the primary: check its check script (journalctl -u keepalived).</source>
        <translation>Keepalived hält die VIP auf einem Knoten, der nicht Primary ist: sein Prüfskript prüfen (journalctl -u keepalived).</translation>
    </message>
    <message>
        <source>Keepalived on the primary does not take the VIP: VRRP (protocol 112) blocked between nodes, or its check fails (health service or HAProxy down).</source>
        <translation>Keepalived auf dem Primary übernimmt die VIP nicht: VRRP (Protokoll 112) ist zwischen den Knoten gesperrt, oder seine Prüfung schlägt fehl (Health-Dienst oder HAProxy aus).</translation>
    </message>
    <message>
        <source>exactly one holder</source>
        <translation>genau ein Halter</translation>
    </message>
    <message>
        <source>No node holds the VIP: see journalctl -u keepalived on the primary.</source>
        <translation>Kein Knoten hält die VIP: siehe journalctl -u keepalived auf dem Primary.</translation>
    </message>
    <message>
        <source>Several nodes hold the VIP: VRRP adverts do not get through (unicast peers, firewall).</source>
        <translation>Mehrere Knoten halten die VIP: VRRP-Meldungen kommen nicht durch (Unicast-Partner, Firewall).</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches a standby</source>
        <translation>Port %1 auf der VIP erreicht einen Standby</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches the primary</source>
        <translation>Port %1 auf der VIP erreicht den Primary</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() = %1</source>
        <translation>pg_is_in_recovery() = %1</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() = %1 on %2</source>
        <translation>pg_is_in_recovery() = %1 auf %2</translation>
    </message>
    <message>
        <source>No standby passes HAProxy&apos;s /replica check, or HAProxy does not listen on %1.</source>
        <translation>Kein Standby besteht die /replica-Prüfung von HAProxy, oder HAProxy lauscht nicht auf %1.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s write backend has no server up (health service /primary?), or the VIP is not assigned.</source>
        <translation>Das Schreib-Backend von HAProxy hat keinen aktiven Server (Health-Dienst /primary?), oder die VIP ist nicht vergeben.</translation>
    </message>
    <message>
        <source>The health service answers 200/503 by role on every node</source>
        <translation>Der Health-Dienst antwortet auf jedem Knoten je nach Rolle mit 200/503</translation>
    </message>
    <message>
        <source>The health service does not answer: see journalctl -u %1.</source>
        <translation>Der Health-Dienst antwortet nicht: siehe journalctl -u %1.</translation>
    </message>
    <message>
        <source>The health service disagrees with PostgreSQL: its psql query fails (peer authentication, port).</source>
        <translation>Der Health-Dienst widerspricht PostgreSQL: seine psql-Abfrage schlägt fehl (Peer-Authentifizierung, Port).</translation>
    </message>
    <message>
        <source>HAProxy is down or the stats listener is not bound to the node&apos;s address.</source>
        <translation>HAProxy ist aus, oder der Statistik-Listener ist nicht an die Adresse des Knotens gebunden.</translation>
    </message>
    <message>
        <source>Failover validation</source>
        <translation>Failover-Test</translation>
    </message>
    <message>
        <source>This stops PostgreSQL on the current primary of cluster %1 (a clean, fast shutdown: open connections are cut). repmgr must promote a standby within 3 minutes; the VIP %2 and port %3 must follow it. Then the old primary is rewound if needed and rejoined as a standby while it is still stopped, and pgpilot waits until all %4 nodes are healthy again. Applications see a short outage.</source>
        <translation>Dies hält PostgreSQL auf dem jetzigen Primary von Cluster %1 an (sauber und schnell: offene Verbindungen werden getrennt). repmgr muss binnen 3 Minuten einen Standby befördern; die VIP %2 und Port %3 müssen ihm folgen. Danach wird der alte Primary bei Bedarf zurückgespult und, noch angehalten, als Standby wieder eingebunden, und pgpilot wartet, bis alle %4 Knoten wieder gesund sind. Anwendungen sehen einen kurzen Ausfall.</translation>
    </message>
    <message>
        <source>Stops the primary, checks that a standby is promoted and that the VIP and port %1 follow, then rejoins the old primary as a standby.</source>
        <translation>Hält den Primary an, prüft, dass ein Standby befördert wird und die VIP und Port %1 folgen, und bindet dann den alten Primary als Standby wieder ein.</translation>
    </message>
    <message>
        <source>Check the cluster is healthy before the test</source>
        <translation>Vor dem Test prüfen, ob der Cluster gesund ist</translation>
    </message>
    <message>
        <source>The cluster is not healthy: finish phases 3 and 4 first.</source>
        <translation>Der Cluster ist nicht gesund: zuerst die Phasen 3 und 4 abschließen.</translation>
    </message>
    <message>
        <source>repmgr cluster show: 1 primary, %1 standbys</source>
        <translation>repmgr cluster show: 1 Primary, %1 Standbys</translation>
    </message>
    <message>
        <source>cluster not healthy: repmgr cluster show does not list 1 primary and %1 running standbys</source>
        <translation>Cluster nicht gesund: repmgr cluster show listet nicht 1 Primary und %1 laufende Standbys</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the current primary</source>
        <translation>PostgreSQL auf dem jetzigen Primary anhalten</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop: see journalctl -u %1.</source>
        <translation>PostgreSQL hielt nicht an: siehe journalctl -u %1.</translation>
    </message>
    <message>
        <source>If this node is the primary: stop PostgreSQL (fast)</source>
        <translation>Wenn dieser Knoten der Primary ist: PostgreSQL anhalten (fast)</translation>
    </message>
    <message>
        <source>Wait for repmgr to promote a standby</source>
        <translation>Warten, bis repmgr einen Standby befördert</translation>
    </message>
    <message>
        <source>No standby was promoted: see journalctl -u %1 on the standbys.</source>
        <translation>Kein Standby wurde befördert: siehe journalctl -u %1 auf den Standbys.</translation>
    </message>
    <message>
        <source>Wait (at most 180 s) for a new primary in repmgr cluster show</source>
        <translation>Warten (höchstens 180 s) auf einen neuen Primary in repmgr cluster show</translation>
    </message>
    <message>
        <source>no new primary after 180 s</source>
        <translation>kein neuer Primary nach 180 s</translation>
    </message>
    <message>
        <source>Wait for the VIP and port %1 to follow</source>
        <translation>Warten, bis die VIP und Port %1 folgen</translation>
    </message>
    <message>
        <source>Port %1 on the VIP does not reach the new primary: check Keepalived and HAProxy on it.</source>
        <translation>Port %1 auf der VIP erreicht den neuen Primary nicht: Keepalived und HAProxy dort prüfen.</translation>
    </message>
    <message>
        <source>Wait (at most 120 s) until the VIP&apos;s port %1 reaches a primary</source>
        <translation>Warten (höchstens 120 s), bis Port %1 der VIP einen Primary erreicht</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach a primary</source>
        <translation>Port %1 auf der VIP erreicht keinen Primary</translation>
    </message>
    <message>
        <source>Rejoin the old primary as a standby</source>
        <translation>Den alten Primary als Standby wieder einbinden</translation>
    </message>
    <message>
        <source>node rejoin failed: read its output; pg_rewind needs wal_log_hints and the wrapper (%1).</source>
        <translation>node rejoin schlug fehl: seine Ausgabe lesen; pg_rewind braucht wal_log_hints und den Wrapper (%1).</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind (old primary only, still stopped)</source>
        <translation>repmgr node rejoin --force-rewind (nur der alte Primary, noch angehalten)</translation>
    </message>
    <message>
        <source>Restart repmgrd on the rejoined node</source>
        <translation>repmgrd auf dem wieder eingebundenen Knoten neu starten</translation>
    </message>
    <message>
        <source>Wait until all %1 nodes are healthy</source>
        <translation>Warten, bis alle %1 Knoten gesund sind</translation>
    </message>
    <message>
        <source>The cluster did not return to %1 healthy nodes: see repmgr cluster show.</source>
        <translation>Der Cluster kam nicht zu %1 gesunden Knoten zurück: siehe repmgr cluster show.</translation>
    </message>
    <message>
        <source>Wait (at most 180 s) for 1 primary and %1 standbys</source>
        <translation>Warten (höchstens 180 s) auf 1 Primary und %1 Standbys</translation>
    </message>
    <message>
        <source>cluster not back to 1 primary and %1 standbys after 180 s</source>
        <translation>Cluster nach 180 s nicht zurück bei 1 Primary und %1 Standbys</translation>
    </message>
    <message>
        <source>Pre-checks: %1</source>
        <translation>Vorabprüfungen: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>exactly one is needed; see repmgr cluster show</source>
        <translation>genau einer wird gebraucht; siehe repmgr cluster show</translation>
    </message>
    <message>
        <source>PostgreSQL still runs after a fast and an immediate shutdown</source>
        <translation>PostgreSQL läuft noch nach schnellem und sofortigem Herunterfahren</translation>
    </message>
    <message>
        <source>Exactly one node is a writable primary</source>
        <translation>Genau ein Knoten ist ein beschreibbarer Primary</translation>
    </message>
    <message>
        <source>Exactly one node other than %1 is a writable primary</source>
        <translation>Genau ein anderer Knoten als %1 ist ein beschreibbarer Primary</translation>
    </message>
    <message>
        <source>no writable primary</source>
        <translation>kein beschreibbarer Primary</translation>
    </message>
    <message>
        <source>primary: %1</source>
        <translation>Primary: %1</translation>
    </message>
    <message>
        <source>; no answer from %1</source>
        <translation>; keine Antwort von %1</translation>
    </message>
    <message>
        <source>exactly one primary</source>
        <translation>genau ein Primary</translation>
    </message>
    <message>
        <source>No primary is running: wait for repmgrd&apos;s failover, or see its log.</source>
        <translation>Kein Primary läuft: auf das Failover von repmgrd warten oder sein Protokoll lesen.</translation>
    </message>
    <message>
        <source>Several primaries (split brain): fence the one that must not serve writes first.</source>
        <translation>Mehrere Primarys (Split-Brain): zuerst den abschotten, der keine Schreibzugriffe bedienen darf.</translation>
    </message>
    <message>
        <source>%1 answers over SSH</source>
        <translation>%1 antwortet über SSH</translation>
    </message>
    <message>
        <source>pgpilot needs SSH to the node for this operation.</source>
        <translation>pgpilot braucht für diese Operation SSH zum Knoten.</translation>
    </message>
    <message>
        <source>%1 is a standby streaming from the primary</source>
        <translation>%1 ist ein Standby, der vom Primary streamt</translation>
    </message>
    <message>
        <source>in recovery, WAL receiver streaming</source>
        <translation>in Recovery, WAL-Empfänger streamt</translation>
    </message>
    <message>
        <source>in recovery %1, WAL receiver %2</source>
        <translation>in Recovery %1, WAL-Empfänger %2</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: %1</source>
        <translation>PostgreSQL antwortet nicht: %1</translation>
    </message>
    <message>
        <source>See the node&apos;s server log and repmgr&apos;s output: the standby does not reach the primary.</source>
        <translation>Server-Protokoll des Knotens und Ausgabe von repmgr lesen: der Standby erreicht den Primary nicht.</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches %2 and it accepts writes</source>
        <translation>Port %1 auf der VIP erreicht %2 und nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Port %1 on the VIP does not reach %2</source>
        <translation>Port %1 auf der VIP erreicht %2 nicht</translation>
    </message>
    <message>
        <source>%1 (writable)</source>
        <translation>%1 (beschreibbar)</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>HAProxy on the VIP holder does not route writes as expected: check the health service (/primary) and Keepalived on %1.</source>
        <translation>HAProxy auf dem VIP-Halter leitet Schreibzugriffe nicht wie erwartet: den Health-Dienst (/primary) und Keepalived auf %1 prüfen.</translation>
    </message>
    <message>
        <source>Wait (at most %1 s) until %2 streams from the primary</source>
        <translation>Warten (höchstens %1 s), bis %2 vom Primary streamt</translation>
    </message>
    <message>
        <source>%1 does not stream after %2 s</source>
        <translation>%1 streamt nach %2 s nicht</translation>
    </message>
    <message>
        <source>%1 streams from the primary with a replay lag under 16 MiB</source>
        <translation>%1 streamt vom Primary mit weniger als 16 MiB Einspielverzögerung</translation>
    </message>
    <message>
        <source>no primary answered</source>
        <translation>kein Primary hat geantwortet</translation>
    </message>
    <message>
        <source>%1 is the primary already</source>
        <translation>%1 ist schon der Primary</translation>
    </message>
    <message>
        <source>%1 does not replicate to %2</source>
        <translation>%1 repliziert nicht zu %2</translation>
    </message>
    <message>
        <source>%1 on %2, replay lag %3 bytes</source>
        <translation>%1 auf %2, Einspielverzögerung %3 Bytes</translation>
    </message>
    <message>
        <source>streaming, lag &lt; 16 MiB</source>
        <translation>streamt, Verzögerung &lt; 16 MiB</translation>
    </message>
    <message>
        <source>Wait until the standby has caught up (see the dashboard&apos;s lag), or pick another standby.</source>
        <translation>Warten, bis der Standby aufgeholt hat (siehe die Verzögerung im Dashboard), oder einen anderen Standby wählen.</translation>
    </message>
    <message>
        <source>repmgr standby switchover --dry-run passes on %1</source>
        <translation>repmgr standby switchover --dry-run besteht auf %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>exit status 0</source>
        <translation>Exit-Status 0</translation>
    </message>
    <message>
        <source>repmgr refuses the switchover: read its message (SSH between the nodes, repmgrd, replication).</source>
        <translation>repmgr lehnt den Switchover ab: seine Meldung lesen (SSH zwischen den Knoten, repmgrd, Replikation).</translation>
    </message>
    <message>
        <source>Re-clone %1 as a standby</source>
        <translation>%1 als Standby neu klonen</translation>
    </message>
    <message>
        <source>Rejoin %1 as a standby</source>
        <translation>%1 als Standby wieder einbinden</translation>
    </message>
    <message>
        <source>Keeps PostgreSQL on %1 stopped, lifts a fence, deletes its data directory and clones it afresh from the current primary, registers it and waits until it streams.</source>
        <translation>Hält PostgreSQL auf %1 angehalten, hebt eine Abschottung auf, löscht sein Datenverzeichnis und klont es neu vom jetzigen Primary, registriert es und wartet, bis es streamt.</translation>
    </message>
    <message>
        <source>Keeps PostgreSQL on %1 stopped, lifts a fence, brings a crashed data directory to a clean shutdown, then repmgr node rejoin --force-rewind against the current primary; waits until it streams.</source>
        <translation>Hält PostgreSQL auf %1 angehalten, hebt eine Abschottung auf, bringt ein abgestürztes Datenverzeichnis in einen sauberen Zustand, dann repmgr node rejoin --force-rewind gegen den jetzigen Primary; wartet, bis es streamt.</translation>
    </message>
    <message>
        <source>Keep PostgreSQL on %1 stopped</source>
        <translation>PostgreSQL auf %1 angehalten lassen</translation>
    </message>
    <message>
        <source>Stop repmgrd on %1</source>
        <translation>repmgrd auf %1 anhalten</translation>
    </message>
    <message>
        <source>Stop PostgreSQL if it runs (it is not the primary: the pre-checks found another)</source>
        <translation>PostgreSQL anhalten, falls es läuft (es ist nicht der Primary: die Vorabprüfungen fanden einen anderen)</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 could not be stopped: look at its processes before anything else.</source>
        <translation>PostgreSQL auf %1 ließ sich nicht anhalten: zuerst seine Prozesse ansehen.</translation>
    </message>
    <message>
        <source>Lift a fence on %1 (PostgreSQL stays stopped)</source>
        <translation>Abschottung von %1 aufheben (PostgreSQL bleibt angehalten)</translation>
    </message>
    <message>
        <source>Remove the fence mark and unmask %1</source>
        <translation>Die Abschottungsmarke entfernen und %1 demaskieren</translation>
    </message>
    <message>
        <source>Write %1 (manual start)</source>
        <translation>%1 schreiben (manueller Start)</translation>
    </message>
    <message>
        <source>The fence could not be lifted: check %1 and systemctl status %2.</source>
        <translation>Die Abschottung ließ sich nicht aufheben: %1 und systemctl status %2 prüfen.</translation>
    </message>
    <message>
        <source>Clone %1 afresh from the current primary</source>
        <translation>%1 neu vom jetzigen Primary klonen</translation>
    </message>
    <message>
        <source>repmgr standby clone --force from the current primary (replaces the data directory)</source>
        <translation>repmgr standby clone --force vom jetzigen Primary (ersetzt das Datenverzeichnis)</translation>
    </message>
    <message>
        <source>repmgr standby register --force</source>
        <translation>repmgr standby register --force</translation>
    </message>
    <message>
        <source>The clone failed: check that %1 reaches the primary on port %2.</source>
        <translation>Das Klonen schlug fehl: prüfen, ob %1 den Primary auf Port %2 erreicht.</translation>
    </message>
    <message>
        <source>Bring a crashed data directory on %1 to a clean shutdown</source>
        <translation>Ein abgestürztes Datenverzeichnis auf %1 in einen sauberen Zustand bringen</translation>
    </message>
    <message>
        <source>Crash recovery in single-user mode (no connections) when it was not shut down cleanly</source>
        <translation>Absturz-Recovery im Einzelbenutzermodus (keine Verbindungen), wenn es nicht sauber heruntergefahren wurde</translation>
    </message>
    <message>
        <source>single-user crash recovery did not leave a clean shutdown</source>
        <translation>die Absturz-Recovery im Einzelbenutzermodus hinterließ keinen sauberen Zustand</translation>
    </message>
    <message>
        <source>The data directory could not be recovered: a re-clone (rejoin with re-clone) copies it afresh.</source>
        <translation>Das Datenverzeichnis ließ sich nicht wiederherstellen: ein Neuklonen (Wiedereinbinden mit Neuklonen) kopiert es neu.</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind against the current primary</source>
        <translation>repmgr node rejoin --force-rewind gegen den jetzigen Primary</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind (starts %1 as a standby)</source>
        <translation>repmgr node rejoin --force-rewind (startet %1 als Standby)</translation>
    </message>
    <message>
        <source>The rejoin failed: if pg_rewind cannot bring %1 back, rejoin it with a re-clone (copies the whole data directory from the primary).</source>
        <translation>Das Wiedereinbinden schlug fehl: schafft pg_rewind es nicht, %1 zurückzuholen, ihn mit Neuklonen wieder einbinden (kopiert das ganze Datenverzeichnis vom Primary).</translation>
    </message>
    <message>
        <source>Start repmgrd on %1</source>
        <translation>repmgrd auf %1 starten</translation>
    </message>
    <message>
        <source>Enable and restart %1</source>
        <translation>%1 aktivieren und neu starten</translation>
    </message>
    <message>
        <source>repmgrd did not start: see journalctl -u %1.</source>
        <translation>repmgrd startete nicht: siehe journalctl -u %1.</translation>
    </message>
    <message>
        <source>Wait until %1 streams</source>
        <translation>Warten, bis %1 streamt</translation>
    </message>
    <message>
        <source>%1 does not stream: see its server log.</source>
        <translation>%1 streamt nicht: siehe sein Server-Protokoll.</translation>
    </message>
    <message>
        <source>Fence %1</source>
        <translation>%1 abschotten</translation>
    </message>
    <message>
        <source>Marks %1 fenced (its health service then answers 503 to HAProxy and Keepalived on every node), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting (start.conf disabled, unit masked) until the node is rejoined.</source>
        <translation>Markiert %1 als abgeschottet (sein Health-Dienst antwortet dann HAProxy und Keepalived auf jedem Knoten mit 503), hält dort repmgrd und PostgreSQL an und hindert PostgreSQL am Starten (start.conf deaktiviert, Unit maskiert), bis der Knoten wieder eingebunden ist.</translation>
    </message>
    <message>
        <source>Mark %1 fenced</source>
        <translation>%1 als abgeschottet markieren</translation>
    </message>
    <message>
        <source>Write the fence mark %1</source>
        <translation>Die Abschottungsmarke %1 schreiben</translation>
    </message>
    <message>
        <source>Write %1 (disabled: pg_ctlcluster refuses to start)</source>
        <translation>%1 schreiben (disabled: pg_ctlcluster verweigert den Start)</translation>
    </message>
    <message>
        <source>Stop and disable repmgrd</source>
        <translation>repmgrd anhalten und deaktivieren</translation>
    </message>
    <message>
        <source>The fence mark could not be written: is the disk full or read-only?</source>
        <translation>Die Abschottungsmarke ließ sich nicht schreiben: ist die Platte voll oder schreibgeschützt?</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 and keep it stopped</source>
        <translation>PostgreSQL auf %1 anhalten und angehalten lassen</translation>
    </message>
    <message>
        <source>Stop PostgreSQL (fast, then immediate)</source>
        <translation>PostgreSQL anhalten (fast, dann immediate)</translation>
    </message>
    <message>
        <source>Mask %1 so systemd refuses to start it</source>
        <translation>%1 maskieren, damit systemd es nicht startet</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 could not be stopped: stop the node itself (power off) if it still serves writes.</source>
        <translation>PostgreSQL auf %1 ließ sich nicht anhalten: den Knoten selbst ausschalten, falls er noch Schreibzugriffe bedient.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped and cannot start</source>
        <translation>PostgreSQL auf %1 ist angehalten und kann nicht starten</translation>
    </message>
    <message>
        <source>PostgreSQL stopped, fence mark, start.conf disabled, unit masked</source>
        <translation>PostgreSQL angehalten, Abschottungsmarke, start.conf deaktiviert, Unit maskiert</translation>
    </message>
    <message>
        <source>PostgreSQL %1, mark %2, start.conf %3, unit %4</source>
        <translation>PostgreSQL %1, Marke %2, start.conf %3, Unit %4</translation>
    </message>
    <message>
        <source>Something restarted or unfenced the node: look at it before anything else.</source>
        <translation>Etwas hat den Knoten neu gestartet oder die Abschottung aufgehoben: zuerst nachsehen.</translation>
    </message>
    <message>
        <source>Add %1 as a standby</source>
        <translation>%1 als Standby hinzufügen</translation>
    </message>
    <message>
        <source>Runs phases 1 and 2 on %1, gives it repmgr&apos;s configuration and the postgres SSH key, clones it from the current primary, registers it, starts its health service, and reloads HAProxy and Keepalived on every node so they know it.</source>
        <translation>Führt die Phasen 1 und 2 auf %1 aus, gibt ihm die Konfiguration von repmgr und den SSH-Schlüssel von postgres, klont ihn vom jetzigen Primary, registriert ihn, startet seinen Health-Dienst und lädt HAProxy und Keepalived auf jedem Knoten neu, damit sie ihn kennen.</translation>
    </message>
    <message>
        <source>Clone %1 from the current primary and register it</source>
        <translation>%1 vom jetzigen Primary klonen und registrieren</translation>
    </message>
    <message>
        <source>Clone from the current primary (repmgr standby clone --fast-checkpoint)</source>
        <translation>Vom jetzigen Primary klonen (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>The clone failed: check that %1 reaches the primary on port %2 and that pg_hba.conf allows the subnet.</source>
        <translation>Das Klonen schlug fehl: prüfen, ob %1 den Primary auf Port %2 erreicht und pg_hba.conf das Subnetz zulässt.</translation>
    </message>
    <message>
        <source>Remove standby %1</source>
        <translation>Standby %1 entfernen</translation>
    </message>
    <message>
        <source>Stops %1&apos;s services and PostgreSQL (kept from starting), unregisters it from repmgr, drops its replication slot, and reloads HAProxy and Keepalived on the other nodes without it.</source>
        <translation>Hält die Dienste und PostgreSQL von %1 an (am Starten gehindert), meldet ihn bei repmgr ab, löscht seinen Replikations-Slot und lädt HAProxy und Keepalived auf den anderen Knoten ohne ihn neu.</translation>
    </message>
    <message>
        <source>Stop %1&apos;s services and PostgreSQL</source>
        <translation>Dienste und PostgreSQL von %1 anhalten</translation>
    </message>
    <message>
        <source>Stop and disable repmgrd, Keepalived, HAProxy and the health service</source>
        <translation>repmgrd, Keepalived, HAProxy und den Health-Dienst anhalten und deaktivieren</translation>
    </message>
    <message>
        <source>Write %1 (disabled)</source>
        <translation>%1 schreiben (disabled)</translation>
    </message>
    <message>
        <source>Stop PostgreSQL</source>
        <translation>PostgreSQL anhalten</translation>
    </message>
    <message>
        <source>%1 could not be stopped: stop it by hand before unregistering it.</source>
        <translation>%1 ließ sich nicht anhalten: vor dem Abmelden von Hand anhalten.</translation>
    </message>
    <message>
        <source>repmgr standby unregister --node-id=%1</source>
        <translation>repmgr standby unregister --node-id=%1</translation>
    </message>
    <message>
        <source>Drop the replication slot %1 where it exists</source>
        <translation>Den Replikations-Slot %1 löschen, wo er existiert</translation>
    </message>
    <message>
        <source>Unregister %1 from repmgr</source>
        <translation>%1 bei repmgr abmelden</translation>
    </message>
    <message>
        <source>repmgr could not unregister the node: see its output.</source>
        <translation>repmgr konnte den Knoten nicht abmelden: siehe seine Ausgabe.</translation>
    </message>
    <message>
        <source>Drop %1&apos;s replication slot</source>
        <translation>Den Replikations-Slot von %1 löschen</translation>
    </message>
    <message>
        <source>The slot could not be dropped: is a walsender still using it?</source>
        <translation>Der Slot ließ sich nicht löschen: benutzt ihn noch ein WAL-Sender?</translation>
    </message>
    <message>
        <source>Make sure the health service runs (it reports the fence)</source>
        <translation>Sicherstellen, dass der Health-Dienst läuft (er meldet die Abschottung)</translation>
    </message>
    <message>
        <source>Tell a running repmgrd to read it again</source>
        <translation>Einen laufenden repmgrd sie erneut lesen lassen</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message>
        <source>The %1 password pgpilot holds logs in on every node</source>
        <translation>Anmeldung mit dem von pgpilot gespeicherten %1-Passwort gelingt auf jedem Knoten</translation>
    </message>
    <message>
        <source>logs in as %1 (from %2)</source>
        <translation>meldet sich als %1 an (von %2)</translation>
    </message>
    <message>
        <source>The database has another %1 password than this workstation holds (was the cluster set up, or its password changed, from another workstation?). Bring that workstation&apos;s secrets here: the dashboard and the operations cannot log in until then.</source>
        <translation>Die Datenbank hat ein anderes %1-Passwort als dieser Arbeitsplatz (wurde der Cluster von einem anderen Arbeitsplatz aus eingerichtet oder sein Passwort dort geändert?). Holen Sie die Geheimnisse jenes Arbeitsplatzes hierher: Bis dahin können sich Dashboard und Operationen nicht anmelden.</translation>
    </message>
    <message>
        <source>postgres&apos;s .pgpass logs in as repmgr to every node</source>
        <translation>Mit der .pgpass von postgres gelingt die Anmeldung als repmgr an jedem Knoten</translation>
    </message>
    <message>
        <source>every login works</source>
        <translation>jede Anmeldung gelingt</translation>
    </message>
    <message>
        <source>all logged in</source>
        <translation>alle angemeldet</translation>
    </message>
    <message>
        <source>The .pgpass on this node holds another password than the database: repmgr and replication from here fail. Run rotate-secrets again.</source>
        <translation>Die .pgpass auf diesem Knoten enthält ein anderes Passwort als die Datenbank: repmgr und Replikation von hier aus schlagen fehl. Führen Sie rotate-secrets erneut aus.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s stats page answers pgpilot&apos;s stats password on every node&apos;s address, and no one without it</source>
        <translation>Die Statistikseite von HAProxy akzeptiert auf der Adresse jedes Knotens das Statistik-Passwort von pgpilot und antwortet niemandem ohne dieses</translation>
    </message>
    <message>
        <source>The node&apos;s stats password differs from the one this workstation holds: run phase 4 again, or import the cluster&apos;s secrets.</source>
        <translation>Das Statistik-Passwort des Knotens weicht von dem dieses Arbeitsplatzes ab: Führen Sie Phase 4 erneut aus oder importieren Sie die Geheimnisse des Clusters.</translation>
    </message>
    <message>
        <source>The stats page answers without a password: haproxy.cfg lacks pgpilot&apos;s &quot;stats auth&quot; line; run phase 4 again.</source>
        <translation>Die Statistikseite antwortet ohne Passwort: In haproxy.cfg fehlt die Zeile „stats auth“ von pgpilot; führen Sie Phase 4 erneut aus.</translation>
    </message>
    <message>
        <source>Rotate the passwords of %1</source>
        <translation>Passwörter von %1 wechseln</translation>
    </message>
    <message>
        <source>The primary stores new passwords for %1 (as SCRAM verifiers: the plain password never reaches the server) and every node&apos;s %2 gets the new repmgr password at the same time. Open sessions stay; new logins need the new password.</source>
        <translation>Der Primary speichert neue Passwörter für %1 (als SCRAM-Verifier: Das Klartext-Passwort erreicht den Server nie), und gleichzeitig erhält %2 auf jedem Knoten das neue repmgr-Passwort. Offene Sitzungen bleiben bestehen; neue Anmeldungen brauchen das neue Passwort.</translation>
    </message>
    <message>
        <source>a standby: the primary sets the passwords</source>
        <translation>ein Standby: Der Primary setzt die Passwörter</translation>
    </message>
    <message>
        <source>Set the new passwords on the primary and in every .pgpass</source>
        <translation>Die neuen Passwörter auf dem Primary und in jeder .pgpass setzen</translation>
    </message>
    <message>
        <source>The new passwords are kept under their pending keys: run rotate-secrets again to finish.</source>
        <translation>Die neuen Passwörter bleiben unter ihren vorläufigen Schlüsseln: Führen Sie rotate-secrets erneut aus, um abzuschließen.</translation>
    </message>
    <message>
        <source>Set the new passwords (on the primary)</source>
        <translation>Die neuen Passwörter setzen (auf dem Primary)</translation>
    </message>
    <message>
        <source>Write %1 with the new repmgr password</source>
        <translation>%1 mit dem neuen repmgr-Passwort schreiben</translation>
    </message>
    <message>
        <source>Create pgpilot&apos;s monitoring role %1 on %2 (pg_monitor, not a superuser)</source>
        <translation>Die Überwachungsrolle %1 von pgpilot auf %2 anlegen (pg_monitor, kein Superuser)</translation>
    </message>
    <message>
        <source>Create the monitoring role</source>
        <translation>Die Überwachungsrolle anlegen</translation>
    </message>
    <message>
        <source>The file could not be written as postgres: check that %1 belongs to postgres and that the disk has room.</source>
        <translation>Die Datei konnte nicht als postgres geschrieben werden: Prüfen Sie, ob %1 postgres gehört und ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>Write the host keys pgpilot verified</source>
        <translation>Die von pgpilot geprüften Hostschlüssel schreiben</translation>
    </message>
    <message>
        <source>Record this workstation&apos;s address in %1</source>
        <translation>Die Adresse dieses Arbeitsplatzes in %1 eintragen</translation>
    </message>
    <message>
        <source>PostgreSQL serves the certificate the cluster CA issued for the node&apos;s address; pg_hba has no non-TLS rule beyond loopback</source>
        <translation>PostgreSQL präsentiert das Zertifikat, das die Cluster-CA für die Adresse des Knotens ausgestellt hat; pg_hba hat außer für Loopback keine Nicht-TLS-Regel</translation>
    </message>
    <message>
        <source>verified for %1, ssl on with %2, 0 non-TLS rules</source>
        <translation>geprüft für %1, ssl on mit %2, 0 Nicht-TLS-Regeln</translation>
    </message>
    <message>
        <source>%1 (%2), ssl %3 with %4, %5 non-TLS rules</source>
        <translation>%1 (%2), ssl %3 mit %4, %5 Nicht-TLS-Regeln</translation>
    </message>
    <message>
        <source>The certificate does not match the cluster CA or the node&apos;s address (was the CA replaced?), PostgreSQL was not restarted, or pg_hba.conf has a host rule of its own: read pg_hba_file_rules on the node.</source>
        <translation>Das Zertifikat passt nicht zur Cluster-CA oder zur Adresse des Knotens (wurde die CA ersetzt?), PostgreSQL wurde nicht neu gestartet, oder pg_hba.conf hat eine eigene host-Regel: pg_hba_file_rules auf dem Knoten lesen.</translation>
    </message>
    <message>
        <source>Replication is encrypted and every WAL receiver verifies the primary (sslmode=verify-full)</source>
        <translation>Die Replikation ist verschlüsselt, und jeder WAL-Empfänger prüft den Primary (sslmode=verify-full)</translation>
    </message>
    <message>
        <source>primary, %1 walsenders, all over TLS</source>
        <translation>Primary, %1 Walsender, alle über TLS</translation>
    </message>
    <message>
        <source>primary, %1 walsenders, %2 over TLS</source>
        <translation>Primary, %1 Walsender, %2 über TLS</translation>
    </message>
    <message>
        <source>A standby is not connected, or connects without TLS: read primary_conninfo in its postgresql.auto.conf.</source>
        <translation>Ein Standby ist nicht verbunden oder verbindet sich ohne TLS: primary_conninfo in seiner postgresql.auto.conf lesen.</translation>
    </message>
    <message>
        <source>standby, WAL receiver streaming with sslmode=verify-full</source>
        <translation>Standby, WAL-Empfänger streamt mit sslmode=verify-full</translation>
    </message>
    <message>
        <source>verify-full</source>
        <translation>verify-full</translation>
    </message>
    <message>
        <source>not streaming with verify-full</source>
        <translation>streamt nicht mit verify-full</translation>
    </message>
    <message>
        <source>The WAL receiver does not stream, or its primary_conninfo lacks sslmode=verify-full (the standby was cloned before TLS was on: rejoin it, or clone it again).</source>
        <translation>Der WAL-Empfänger streamt nicht, oder seiner primary_conninfo fehlt sslmode=verify-full (der Standby wurde geklont, bevor TLS aktiv war: ihn wieder einbinden oder neu klonen).</translation>
    </message>
    <message>
        <source>the certificate file is readable</source>
        <translation>die Zertifikatsdatei ist lesbar</translation>
    </message>
    <message>
        <source>The certificate file is missing or unreadable as postgres.</source>
        <translation>Die Zertifikatsdatei fehlt oder ist für postgres nicht lesbar.</translation>
    </message>
    <message>
        <source>serves %1 (until %2)</source>
        <translation>präsentiert %1 (bis %2)</translation>
    </message>
    <message>
        <source>no certificate verified by the cluster CA on %1</source>
        <translation>kein von der Cluster-CA geprüftes Zertifikat auf %1</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>präsentiert %1</translation>
    </message>
    <message>
        <source>PostgreSQL kept its earlier certificate: the reload found a key that does not match the certificate, or could not read the files. Its log says which; run renew-certs again.</source>
        <translation>PostgreSQL hat sein bisheriges Zertifikat behalten: Das Neuladen fand einen Schlüssel, der nicht zum Zertifikat passt, oder konnte die Dateien nicht lesen. Sein Protokoll nennt den Grund; renew-certs erneut ausführen.</translation>
    </message>
    <message>
        <source>%1 serves the certificate in its file, signed by the cluster CA</source>
        <translation>%1 präsentiert das Zertifikat aus seiner Datei, signiert von der Cluster-CA</translation>
    </message>
    <message>
        <source>Renew the nodes&apos; TLS certificates</source>
        <translation>Die TLS-Zertifikate der Knoten erneuern</translation>
    </message>
    <message>
        <source>Every node gets a new key and a new certificate from the cluster CA, valid %1 days, in %2 and %3; PostgreSQL reloads them. Open connections keep going, new ones see the new certificate, nothing restarts.</source>
        <translation>Jeder Knoten erhält einen neuen Schlüssel und ein neues Zertifikat von der Cluster-CA, gültig %1 Tage, in %2 und %3; PostgreSQL lädt sie neu. Offene Verbindungen laufen weiter, neue sehen das neue Zertifikat, nichts wird neu gestartet.</translation>
    </message>
    <message>
        <source>Install the new certificate and reload PostgreSQL</source>
        <translation>Das neue Zertifikat installieren und PostgreSQL neu laden</translation>
    </message>
    <message>
        <source>The new certificates are kept under their pending keys: run renew-certs again to finish.</source>
        <translation>Die neuen Zertifikate bleiben unter ihren vorläufigen Schlüsseln: Führen Sie renew-certs erneut aus, um abzuschließen.</translation>
    </message>
    <message>
        <source>Write the new key %1</source>
        <translation>Den neuen Schlüssel %1 schreiben</translation>
    </message>
    <message>
        <source>Write the new certificate %1</source>
        <translation>Das neue Zertifikat %1 schreiben</translation>
    </message>
    <message>
        <source>Reload PostgreSQL&apos;s configuration (its TLS files with it)</source>
        <translation>Die Konfiguration von PostgreSQL neu laden (samt seinen TLS-Dateien)</translation>
    </message>
    <message>
        <source>Install the node&apos;s TLS certificate and the cluster CA</source>
        <translation>Das TLS-Zertifikat des Knotens und die Cluster-CA installieren</translation>
    </message>
    <message>
        <source>A certificate file could not be written: are the cluster CA and the node&apos;s certificate in the keychain?</source>
        <translation>Eine Zertifikatsdatei konnte nicht geschrieben werden: Sind die Cluster-CA und das Zertifikat des Knotens im Schlüsselbund?</translation>
    </message>
    <message>
        <source>Write %1 (%2)</source>
        <translation>%1 schreiben (%2)</translation>
    </message>
    <message>
        <source>This cluster was adopted and is not converged yet (phases converged: %1): run phases 1 to 4 first, each after its preview. Phase 5 stops the primary, and until phase 4 has run the cluster&apos;s own HAProxy and Keepalived may not follow the new one.</source>
        <translation>Dieser Cluster wurde übernommen und ist noch nicht angeglichen (angeglichene Phasen: %1): Zuerst die Phasen 1 bis 4 ausführen, jede nach ihrer Vorschau. Phase 5 stoppt den Primary, und bis Phase 4 gelaufen ist, folgen HAProxy und Keepalived des Clusters dem neuen Primary möglicherweise nicht.</translation>
    </message>
    <message>
        <source>This cluster was adopted: pgpilot converges it one phase at a time, in order, so that each phase finds what the ones before it set up. Phase %1 has not converged yet: preview and run it first.</source>
        <translation>Dieser Cluster wurde übernommen: pgpilot gleicht ihn Phase für Phase der Reihe nach an, damit jede Phase vorfindet, was die vorherigen eingerichtet haben. Phase %1 ist noch nicht angeglichen: Zuerst ihre Vorschau ansehen und sie ausführen.</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node; only the primary may wait for its restart</source>
        <translation>wal_level ist replica und repmgr steht auf jedem Knoten in shared_preload_libraries; nur der Primary darf auf seinen Neustart warten</translation>
    </message>
    <message>
        <source> (the primary: restarted by the switchover at the end of phase 4)</source>
        <translation> (der Primary: wird durch den Switchover am Ende von Phase 4 neu gestartet)</translation>
    </message>
    <message>
        <source>pgpilot&apos;s configuration drop-in (settings the cluster&apos;s postgresql.conf would override are commented out), client authentication, the postgres user&apos;s password file, then the standbys restarted one at a time; the primary is restarted by a switchover at the end of phase 4.</source>
        <translation>pgpilots Konfigurations-Drop-in (Einstellungen in der postgresql.conf des Clusters, die es überschreiben würden, werden auskommentiert), Client-Authentifizierung, die Passwortdatei des Benutzers postgres, danach werden die Standbys einzeln nacheinander neu gestartet; der Primary wird durch einen Switchover am Ende von Phase 4 neu gestartet.</translation>
    </message>
    <message>
        <source>Comment out postgresql.conf settings that would override the drop-in</source>
        <translation>Einstellungen in postgresql.conf auskommentieren, die das Drop-in überschreiben würden</translation>
    </message>
    <message>
        <source>postgresql.conf could not be rewritten as postgres: check that postgres owns it.</source>
        <translation>postgresql.conf konnte nicht als postgres neu geschrieben werden: Prüfen, ob die Datei postgres gehört.</translation>
    </message>
    <message>
        <source>Comment out the overriding lines of %1 (#pgpilot: prefix)</source>
        <translation>Die überschreibenden Zeilen von %1 auskommentieren (Präfix #pgpilot:)</translation>
    </message>
    <message>
        <source>Refuse to lower a setting a standby must keep at least at the primary&apos;s value</source>
        <translation>Verweigern, eine Einstellung zu senken, die ein Standby mindestens auf dem Wert des Primary halten muss</translation>
    </message>
    <message>
        <source>Restart the standbys one at a time with the new settings</source>
        <translation>Die Standbys einzeln nacheinander mit den neuen Einstellungen neu starten</translation>
    </message>
    <message>
        <source>The standby did not come back or does not stream: see journalctl -u %1 and the server log; the primary and the other standbys were not touched.</source>
        <translation>Der Standby ist nicht zurückgekommen oder streamt nicht: siehe journalctl -u %1 und das Serverprotokoll; der Primary und die anderen Standbys wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>Check that repmgr knows each node by the id pgpilot&apos;s repmgr.conf gives it</source>
        <translation>Prüfen, ob repmgr jeden Knoten unter der ID kennt, die ihm pgpilots repmgr.conf gibt</translation>
    </message>
    <message>
        <source>Put the worksheet&apos;s nodes in the order of their repmgr node ids (1, 2, 3 ...), or leave repmgr.conf as it is: pgpilot cannot renumber repmgr&apos;s nodes.</source>
        <translation>Die Knoten des Arbeitsblatts in die Reihenfolge ihrer repmgr-Knoten-IDs (1, 2, 3 ...) bringen oder repmgr.conf unverändert lassen: pgpilot kann die Knoten von repmgr nicht neu nummerieren.</translation>
    </message>
    <message>
        <source>repmgr&apos;s node id for %1 must be %2</source>
        <translation>Die repmgr-Knoten-ID für %1 muss %2 sein</translation>
    </message>
    <message>
        <source>The script could not be written: check that /usr/local/lib is writable.</source>
        <translation>Das Skript konnte nicht geschrieben werden: Prüfen, ob /usr/local/lib beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 must already be a registered standby</source>
        <translation>%1 muss bereits ein registrierter Standby sein</translation>
    </message>
    <message>
        <source>pgpilot: %1 is not an active standby in repmgr.nodes; a converge does not clone over its data: register it (repmgr standby register) or add it again with pgpilot add-standby</source>
        <translation>pgpilot: %1 ist kein aktiver Standby in repmgr.nodes; eine Angleichung überschreibt seine Daten nicht durch Klonen: ihn registrieren (repmgr standby register) oder mit pgpilot add-standby erneut hinzufügen</translation>
    </message>
    <message>
        <source>Stop every repmgrd not run by %1 (and disable its unit)</source>
        <translation>Jeden repmgrd stoppen, der nicht von %1 ausgeführt wird (und seine Unit deaktivieren)</translation>
    </message>
    <message>
        <source>repmgrd outside %1</source>
        <translation>repmgrd außerhalb von %1</translation>
    </message>
    <message>
        <source>%1 on the primary (by switchover to %2)</source>
        <translation>%1 auf dem Primary (per Switchover auf %2)</translation>
    </message>
    <message>
        <source>Restart the primary with the new settings: switch over to %1</source>
        <translation>Den Primary mit den neuen Einstellungen neu starten: Switchover auf %1</translation>
    </message>
    <message>
        <source>The switchover did not complete: run &apos;repmgr cluster show&apos; on %1 and check which node is primary before anything else.</source>
        <translation>Der Switchover wurde nicht abgeschlossen: Vor allem anderen &apos;repmgr cluster show&apos; auf %1 ausführen und prüfen, welcher Knoten Primary ist.</translation>
    </message>
    <message>
        <source>Stop and disable %1, which answers on port %2 today</source>
        <translation>%1 stoppen und deaktivieren (antwortet derzeit auf Port %2)</translation>
    </message>
    <message>
        <source>Configure Keepalived on %1 (after the switchover)</source>
        <translation>Keepalived auf %1 konfigurieren (nach dem Switchover)</translation>
    </message>
    <message>
        <source>Install the health script repmgr&apos;s commands call</source>
        <translation>Das Prüfskript installieren, das die Befehle von repmgr aufrufen</translation>
    </message>
    <message>
        <source>If this node is the primary: write a marker row for the restore drill</source>
        <translation>Wenn dieser Knoten der Primary ist: eine Markierungszeile für den Wiederherstellungstest schreiben</translation>
    </message>
    <message>
        <source>Write a marker row on the primary</source>
        <translation>Eine Markierungszeile auf dem Primary schreiben</translation>
    </message>
    <message>
        <source>The marker row could not be written: is there a writable primary?</source>
        <translation>Die Markierungszeile konnte nicht geschrieben werden: Gibt es einen beschreibbaren Primary?</translation>
    </message>
    <message>
        <source>%1 backup of cluster %2</source>
        <translation>Backup (%1) von Cluster %2</translation>
    </message>
    <message>
        <source>pgBackRest takes a %1 backup on %2, its files copied from a standby.</source>
        <translation>pgBackRest erstellt auf %2 ein Backup vom Typ %1; die Dateien werden von einem Standby kopiert.</translation>
    </message>
    <message>
        <source>The stanza answers, no backup runs, and the repository has room</source>
        <translation>Die Stanza antwortet, kein Backup läuft, und das Repository hat Platz</translation>
    </message>
    <message>
        <source>no answer from pgbackrest info: %1</source>
        <translation>keine Antwort von pgbackrest info: %1</translation>
    </message>
    <message>
        <source>status %1 (%2)%3; %4 MB free in the repository, the newest full backup takes %5 MB</source>
        <translation>Status %1 (%2)%3; %4 MB frei im Repository, das neueste Voll-Backup belegt %5 MB</translation>
    </message>
    <message>
        <source>, a backup is running</source>
        <translation>, ein Backup läuft</translation>
    </message>
    <message>
        <source>stanza ok, no backup running, free &gt;= 1.2 x the newest full backup</source>
        <translation>Stanza ok, kein laufendes Backup, frei &gt;= 1,2 x das neueste Voll-Backup</translation>
    </message>
    <message>
        <source>Wait for the running backup to finish (pgbackrest info on the repository host).</source>
        <translation>Warten, bis das laufende Backup fertig ist (pgbackrest info auf dem Repository-Host).</translation>
    </message>
    <message>
        <source>Free space in the repository (or lower the retention), or repair the stanza: read pgbackrest info there.</source>
        <translation>Platz im Repository schaffen (oder die Aufbewahrung senken) oder die Stanza reparieren: dort pgbackrest info lesen.</translation>
    </message>
    <message>
        <source>pgbackrest backup --type=%1</source>
        <translation>pgbackrest backup --type=%1</translation>
    </message>
    <message>
        <source>pgbackrest backup --type=%1 (files from a standby)</source>
        <translation>pgbackrest backup --type=%1 (Dateien von einem Standby)</translation>
    </message>
    <message>
        <source>The backup failed: read pgBackRest&apos;s message; the repository keeps its earlier backups.</source>
        <translation>Das Backup ist fehlgeschlagen: die Meldung von pgBackRest lesen; das Repository behält seine früheren Backups.</translation>
    </message>
    <message>
        <source>The newest backup is the one just taken, without error</source>
        <translation>Das neueste Backup ist das soeben erstellte, ohne Fehler</translation>
    </message>
    <message>
        <source>a new %1 backup</source>
        <translation>ein neues Backup vom Typ %1</translation>
    </message>
    <message>
        <source>no backup in the repository</source>
        <translation>kein Backup im Repository</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s log on the repository host.</source>
        <translation>Das Protokoll von pgBackRest auf dem Repository-Host lesen.</translation>
    </message>
    <message>
        <source>a %1 backup that ended in the last 15 minutes, without error</source>
        <translation>ein Backup vom Typ %1, in den letzten 15 Minuten ohne Fehler beendet</translation>
    </message>
    <message>
        <source>%1 (%2): %3 MB of data in %4 s (%5 MB/s), %6 MB stored, ended %7 s ago</source>
        <translation>%1 (%2): %3 MB Daten in %4 s (%5 MB/s), %6 MB gespeichert, beendet vor %7 s</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s log on the repository host (/var/log/pgbackrest).</source>
        <translation>Das Protokoll von pgBackRest auf dem Repository-Host lesen (/var/log/pgbackrest).</translation>
    </message>
    <message>
        <source>Restore drill of cluster %1</source>
        <translation>Wiederherstellungstest von Cluster %1</translation>
    </message>
    <message>
        <source>A marker row on the primary and a WAL switch that archives it; then the newest backup and every archived segment are restored into a scratch cluster on %1, started, searched for the marker, and removed.</source>
        <translation>Eine Markierungszeile auf dem Primary und ein WAL-Wechsel, der sie archiviert; dann werden das neueste Backup und jedes archivierte Segment in einem temporären Cluster auf %1 wiederhergestellt, dieser wird gestartet, nach der Markierung durchsucht und entfernt.</translation>
    </message>
    <message>
        <source>The repository holds a backup to restore</source>
        <translation>Das Repository enthält ein wiederherstellbares Backup</translation>
    </message>
    <message>
        <source>status 0, at least one backup</source>
        <translation>Status 0, mindestens ein Backup</translation>
    </message>
    <message>
        <source>status %1, %2 backup(s)</source>
        <translation>Status %1, %2 Backup(s)</translation>
    </message>
    <message>
        <source>Take a backup first: pgpilot backup --type full.</source>
        <translation>Zuerst ein Backup erstellen: pgpilot backup --type full.</translation>
    </message>
    <message>
        <source>Archive the WAL that holds the marker (pgbackrest check)</source>
        <translation>Das WAL mit der Markierung archivieren (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check: a WAL switch on the primary reaches the repository</source>
        <translation>pgbackrest check: ein WAL-Wechsel auf dem Primary erreicht das Repository</translation>
    </message>
    <message>
        <source>pgbackrest check failed: archiving does not work, so the drill could not find the marker. Read its message.</source>
        <translation>pgbackrest check ist fehlgeschlagen: Die Archivierung funktioniert nicht, daher konnte der Test die Markierung nicht finden. Seine Meldung lesen.</translation>
    </message>
    <message>
        <source>The same pgBackRest version on every host</source>
        <translation>Dieselbe pgBackRest-Version auf jedem Host</translation>
    </message>
    <message>
        <source>The same pgBackRest version on the repository host and every node that answers</source>
        <translation>Dieselbe pgBackRest-Version auf dem Repository-Host und jedem antwortenden Knoten</translation>
    </message>
    <message>
        <source>the same version, when it answers</source>
        <translation>dieselbe Version, wenn er antwortet</translation>
    </message>
    <message>
        <source>not reached (%1): left out</source>
        <translation>nicht erreicht (%1): ausgelassen</translation>
    </message>
    <message>
        <source>pgBackRest installed</source>
        <translation>pgBackRest installiert</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>nicht installiert (%1)</translation>
    </message>
    <message>
        <source>pgBackRest refuses to talk to another version: install the same release on every host.</source>
        <translation>pgBackRest verweigert die Zusammenarbeit mit einer anderen Version: auf jedem Host dieselbe Version installieren.</translation>
    </message>
    <message>
        <source>Restore drill: the newest backup and every archived WAL segment restore on %1, with the newest marker row</source>
        <translation>Wiederherstellungstest: Das neueste Backup und jedes archivierte WAL-Segment lassen sich auf %1 wiederherstellen, mit der neuesten Markierungszeile</translation>
    </message>
    <message>
        <source>Restore drill: the newest backup restores on %1 and holds the marker row written before it</source>
        <translation>Wiederherstellungstest: Das neueste Backup lässt sich auf %1 wiederherstellen und enthält die davor geschriebene Markierungszeile</translation>
    </message>
    <message>
        <source>the drill reports a result</source>
        <translation>der Test meldet ein Ergebnis</translation>
    </message>
    <message>
        <source>Run %1 on the repository host by hand and read its output.</source>
        <translation>%1 auf dem Repository-Host von Hand ausführen und die Ausgabe lesen.</translation>
    </message>
    <message>
        <source>the backup restores and starts</source>
        <translation>das Backup lässt sich wiederherstellen und startet</translation>
    </message>
    <message>
        <source>Read the message; the scratch cluster was removed.</source>
        <translation>Die Meldung lesen; der temporäre Cluster wurde entfernt.</translation>
    </message>
    <message>
        <source>a marker row older than the backup</source>
        <translation>eine Markierungszeile, älter als das Backup</translation>
    </message>
    <message>
        <source>No marker row precedes this backup (a repository pgpilot did not fill?): take a full backup with pgpilot backup --type full, then check again.</source>
        <translation>Diesem Backup geht keine Markierungszeile voraus (ein Repository, das nicht pgpilot befüllt hat?): mit pgpilot backup --type full ein Voll-Backup erstellen, dann erneut prüfen.</translation>
    </message>
    <message>
        <source>marker %1 in the restored copy</source>
        <translation>Markierung %1 in der wiederhergestellten Kopie</translation>
    </message>
    <message>
        <source>The restored copy lacks a row the primary committed before the backup: do not rely on these backups; read the drill&apos;s output and pgBackRest&apos;s log.</source>
        <translation>Der wiederhergestellten Kopie fehlt eine Zeile, die der Primary vor dem Backup festgeschrieben hat: sich nicht auf diese Backups verlassen; die Ausgabe des Tests und das Protokoll von pgBackRest lesen.</translation>
    </message>
    <message>
        <source>Restore cluster %1 to %2</source>
        <translation>Cluster %1 auf %2 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 is after the oldest backup and in the past</source>
        <translation>%1 liegt nach dem ältesten Backup und in der Vergangenheit</translation>
    </message>
    <message>
        <source>a backup that ended before %1</source>
        <translation>ein Backup, das vor %1 endete</translation>
    </message>
    <message>
        <source>The repository holds nothing to restore from.</source>
        <translation>Das Repository enthält nichts, woraus wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>the repository reaches from %1 (end of the oldest backup, %2 backups) on; now is %3</source>
        <translation>das Repository reicht ab %1 (Ende des ältesten Backups, %2 Backups); jetzt ist %3</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>The oldest recoverable point is %1 (retention expired what came before). Nothing was touched; choose a later time.</source>
        <translation>Der älteste wiederherstellbare Zeitpunkt ist %1 (die Aufbewahrung hat alles davor verfallen lassen). Nichts wurde angetastet; einen späteren Zeitpunkt wählen.</translation>
    </message>
    <message>
        <source>before now (%1)</source>
        <translation>vor dem jetzigen Zeitpunkt (%1)</translation>
    </message>
    <message>
        <source>%1 is in the future on the repository host&apos;s clock. Nothing was touched.</source>
        <translation>%1 liegt nach der Uhr des Repository-Hosts in der Zukunft. Nichts wurde angetastet.</translation>
    </message>
    <message>
        <source>between %1 and now</source>
        <translation>zwischen %1 und jetzt</translation>
    </message>
    <message>
        <source>Archive the WAL the primary has not archived yet (pgbackrest check)</source>
        <translation>Das WAL archivieren, das der Primary noch nicht archiviert hat (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check (a primary that does not answer is no obstacle)</source>
        <translation>pgbackrest check (ein Primary, der nicht antwortet, ist kein Hindernis)</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s message.</source>
        <translation>Die Meldung von pgBackRest lesen.</translation>
    </message>
    <message>
        <source>Rehearse: restore to %1 in a scratch cluster on %2</source>
        <translation>Probelauf: Wiederherstellung zum Zeitpunkt %1 in einem temporären Cluster auf %2</translation>
    </message>
    <message>
        <source>pgpilot-restore-drill --mode time (nothing on the cluster changes)</source>
        <translation>pgpilot-restore-drill --mode time (am Cluster ändert sich nichts)</translation>
    </message>
    <message>
        <source>The repository cannot bring the cluster to %1, so nothing on the cluster was touched. &quot;recovery ended before configured recovery target was reached&quot; means it holds no transaction after that time (the archive ends earlier, or nothing was committed after it): choose an earlier time.</source>
        <translation>Das Repository kann den Cluster nicht auf %1 bringen, daher wurde am Cluster nichts angetastet. „recovery ended before configured recovery target was reached“ bedeutet, dass es keine Transaktion nach diesem Zeitpunkt enthält (das Archiv endet früher, oder danach wurde nichts festgeschrieben): einen früheren Zeitpunkt wählen.</translation>
    </message>
    <message>
        <source>systemctl stop %1</source>
        <translation>systemctl stop %1</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the standbys</source>
        <translation>PostgreSQL auf den Standbys anhalten</translation>
    </message>
    <message>
        <source>If this node is a standby: stop PostgreSQL</source>
        <translation>Wenn dieser Knoten ein Standby ist: PostgreSQL anhalten</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the primary</source>
        <translation>PostgreSQL auf dem Primary anhalten</translation>
    </message>
    <message>
        <source>Restore %1 to %2 and promote it</source>
        <translation>%1 auf %2 wiederherstellen und befördern</translation>
    </message>
    <message>
        <source>pgbackrest restore --type=time --delta (PostgreSQL is stopped)</source>
        <translation>pgbackrest restore --type=time --delta (PostgreSQL ist angehalten)</translation>
    </message>
    <message>
        <source>Start PostgreSQL: it replays up to the time and promotes</source>
        <translation>PostgreSQL starten: Es spielt bis zum Zeitpunkt ein und befördert sich</translation>
    </message>
    <message>
        <source>Wait (at most 60 min) until recovery has ended</source>
        <translation>Warten (höchstens 60 min), bis die Recovery beendet ist</translation>
    </message>
    <message>
        <source>still in recovery after 60 min: see /var/log/postgresql/postgresql-%1-main.log</source>
        <translation>nach 60 min noch in Recovery: siehe /var/log/postgresql/postgresql-%1-main.log</translation>
    </message>
    <message>
        <source>Remove the recovery target and the standby settings from postgresql.auto.conf</source>
        <translation>Das Recovery-Ziel und die Standby-Einstellungen aus postgresql.auto.conf entfernen</translation>
    </message>
    <message>
        <source>Restart PostgreSQL so that nothing waits for a restart</source>
        <translation>PostgreSQL neu starten, damit nichts auf einen Neustart wartet</translation>
    </message>
    <message>
        <source>Wait (at most 120 s) until it answers as a primary</source>
        <translation>Warten (höchstens 120 s), bis er als Primary antwortet</translation>
    </message>
    <message>
        <source>the restored primary does not answer after its restart</source>
        <translation>der wiederhergestellte Primary antwortet nach seinem Neustart nicht</translation>
    </message>
    <message>
        <source>repmgr primary register --force (the restored records name the old roles)</source>
        <translation>repmgr primary register --force (die wiederhergestellten Einträge nennen die alten Rollen)</translation>
    </message>
    <message>
        <source>The restore or the promotion failed on %1: read the message and the server log; the other nodes are stopped and untouched.</source>
        <translation>Die Wiederherstellung oder die Beförderung ist auf %1 fehlgeschlagen: die Meldung und das Server-Protokoll lesen; die übrigen Knoten sind angehalten und unangetastet.</translation>
    </message>
    <message>
        <source>Clone from the restored primary (repmgr standby clone --fast-checkpoint)</source>
        <translation>Vom wiederhergestellten Primary klonen (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>Clone the other nodes from the restored primary</source>
        <translation>Die übrigen Knoten vom wiederhergestellten Primary klonen</translation>
    </message>
    <message>
        <source>A clone failed: the restored primary runs; rerun the clone with pgpilot rejoin NODE --reclone.</source>
        <translation>Ein Klonvorgang ist fehlgeschlagen: Der wiederhergestellte Primary läuft; das Klonen mit pgpilot rejoin KNOTEN --reclone wiederholen.</translation>
    </message>
    <message>
        <source>systemctl start %1</source>
        <translation>systemctl start %1</translation>
    </message>
    <message>
        <source>Wait until the VIP&apos;s port %1 reaches the restored primary</source>
        <translation>Warten, bis Port %1 der VIP den wiederhergestellten Primary erreicht</translation>
    </message>
    <message>
        <source>Wait (at most 120 s)</source>
        <translation>Warten (höchstens 120 s)</translation>
    </message>
    <message>
        <source>Check Keepalived and HAProxy on %1.</source>
        <translation>Keepalived und HAProxy auf %1 prüfen.</translation>
    </message>
    <message>
        <source>Take a full backup of the new timeline</source>
        <translation>Ein Voll-Backup der neuen Timeline erstellen</translation>
    </message>
    <message>
        <source>The cluster is restored and serves; only the new full backup failed: run pgpilot backup --type full.</source>
        <translation>Der Cluster ist wiederhergestellt und in Betrieb; nur das neue Voll-Backup ist fehlgeschlagen: pgpilot backup --type full ausführen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>pgBackRest on every node and on the repository host %1: WAL archived there, the stanza created and checked, a first full backup copied from a standby, the schedule installed, and a restore drill on %1 proving the backup restores.</source>
        <translation>pgBackRest auf jedem Knoten und auf dem Repository-Host %1: WAL wird dorthin archiviert, die Stanza angelegt und geprüft, ein erstes Voll-Backup von einem Standby kopiert, der Zeitplan installiert, und ein Wiederherstellungstest auf %1 belegt, dass sich das Backup wiederherstellen lässt.</translation>
    </message>
    <message>
        <source>pgpilot: systemd does not understand the schedule &quot;%1&quot;: correct it in the worksheet&apos;s backup section</source>
        <translation>pgpilot: systemd versteht den Zeitplan „%1“ nicht: ihn im Backup-Abschnitt des Arbeitsblatts korrigieren</translation>
    </message>
    <message>
        <source>Check the repository host %1 (release, schedules)</source>
        <translation>Den Repository-Host %1 prüfen (Systemversion, Zeitpläne)</translation>
    </message>
    <message>
        <source>Compare its release with the nodes&apos; and check the schedules</source>
        <translation>Seine Systemversion mit der der Knoten vergleichen und die Zeitpläne prüfen</translation>
    </message>
    <message>
        <source>The repository host is not ready: read the message, correct the host or the worksheet.</source>
        <translation>Der Repository-Host ist nicht bereit: die Meldung lesen, den Host oder das Arbeitsblatt korrigieren.</translation>
    </message>
    <message>
        <source>Configure the package source on %1</source>
        <translation>Die Paketquelle auf %1 einrichten</translation>
    </message>
    <message>
        <source>The package source could not be set up on the repository host: check its access to the repository (proxy, firewall, mirror URL).</source>
        <translation>Die Paketquelle konnte auf dem Repository-Host nicht eingerichtet werden: seinen Zugang zum Paket-Repository prüfen (Proxy, Firewall, Spiegel-URL).</translation>
    </message>
    <message>
        <source>apt-get install pgbackrest</source>
        <translation>apt-get install pgbackrest</translation>
    </message>
    <message>
        <source>Tell postgresql-common not to create a main cluster on this host</source>
        <translation>postgresql-common anweisen, auf diesem Host keinen Cluster „main“ anzulegen</translation>
    </message>
    <message>
        <source>Install pgBackRest</source>
        <translation>pgBackRest installieren</translation>
    </message>
    <message>
        <source>apt-get failed: read its output; the package source, a held lock or no access to the repository are the usual causes.</source>
        <translation>apt-get schlug fehl: seine Ausgabe lesen; übliche Ursachen sind die Paketquelle, eine gehaltene Sperre oder kein Zugang zum Paket-Repository.</translation>
    </message>
    <message>
        <source>Create the pgbackrest account and the repository %1</source>
        <translation>Das Konto pgbackrest und das Repository %1 anlegen</translation>
    </message>
    <message>
        <source>Write the account&apos;s SSH key (0600)</source>
        <translation>Den SSH-Schlüssel des Kontos schreiben (0600)</translation>
    </message>
    <message>
        <source>Write the hosts&apos; SSH keys</source>
        <translation>Die SSH-Schlüssel der Hosts schreiben</translation>
    </message>
    <message>
        <source>Create the pgbackrest account and repository on %1</source>
        <translation>Das Konto pgbackrest und das Repository auf %1 anlegen</translation>
    </message>
    <message>
        <source>The account or the repository directory could not be created: read the message.</source>
        <translation>Das Konto oder das Repository-Verzeichnis konnte nicht angelegt werden: die Meldung lesen.</translation>
    </message>
    <message>
        <source>Let the nodes&apos; postgres run pgBackRest on %1</source>
        <translation>Dem Benutzer postgres der Knoten erlauben, pgBackRest auf %1 auszuführen</translation>
    </message>
    <message>
        <source>Authorize postgres&apos;s key for pgbackrest only, from the nodes&apos; addresses</source>
        <translation>Den Schlüssel von postgres nur für pgbackrest freigeben, von den Adressen der Knoten aus</translation>
    </message>
    <message>
        <source>authorized_keys could not be written as pgbackrest: check its home directory.</source>
        <translation>authorized_keys konnte nicht als pgbackrest geschrieben werden: sein Home-Verzeichnis prüfen.</translation>
    </message>
    <message>
        <source>Authorize the repository host&apos;s key for pgbackrest only, from %1</source>
        <translation>Den Schlüssel des Repository-Hosts nur für pgbackrest freigeben, von %1 aus</translation>
    </message>
    <message>
        <source>Let the repository host run pgBackRest on the nodes as postgres</source>
        <translation>Dem Repository-Host erlauben, pgBackRest auf den Knoten als postgres auszuführen</translation>
    </message>
    <message>
        <source>authorized_keys could not be written as postgres: check ~postgres.</source>
        <translation>authorized_keys konnte nicht als postgres geschrieben werden: ~postgres prüfen.</translation>
    </message>
    <message>
        <source>Give postgres the repository host&apos;s SSH address and key</source>
        <translation>postgres die SSH-Adresse und den Schlüssel des Repository-Hosts geben</translation>
    </message>
    <message>
        <source>The file could not be written as postgres: check that %1 belongs to postgres.</source>
        <translation>Die Datei konnte nicht als postgres geschrieben werden: prüfen, ob %1 postgres gehört.</translation>
    </message>
    <message>
        <source>Create the spool directory for asynchronous archiving</source>
        <translation>Das Spool-Verzeichnis für die asynchrone Archivierung anlegen</translation>
    </message>
    <message>
        <source>Write %1 (0640)</source>
        <translation>%1 schreiben (0640)</translation>
    </message>
    <message>
        <source>No encryption: remove %1</source>
        <translation>Keine Verschlüsselung: %1 entfernen</translation>
    </message>
    <message>
        <source>Write the repository&apos;s encryption settings (0640)</source>
        <translation>Die Verschlüsselungseinstellungen des Repositorys schreiben (0640)</translation>
    </message>
    <message>
        <source>Write pgBackRest&apos;s configuration</source>
        <translation>Die Konfiguration von pgBackRest schreiben</translation>
    </message>
    <message>
        <source>A configuration file could not be written: read the message.</source>
        <translation>Eine Konfigurationsdatei konnte nicht geschrieben werden: die Meldung lesen.</translation>
    </message>
    <message>
        <source>Archive WAL through pgBackRest (archive_command, restore_command)</source>
        <translation>WAL über pgBackRest archivieren (archive_command, restore_command)</translation>
    </message>
    <message>
        <source>The drop-in or repmgr.conf could not be written, or PostgreSQL refused the reload: see the server log.</source>
        <translation>Die Konfigurationsergänzung oder repmgr.conf konnte nicht geschrieben werden, oder PostgreSQL lehnte das Neuladen ab: siehe das Server-Protokoll.</translation>
    </message>
    <message>
        <source>If a standby: restart it and wait until it streams again</source>
        <translation>Wenn Standby: ihn neu starten und warten, bis er wieder streamt</translation>
    </message>
    <message>
        <source>Restart the standbys one at a time if archive_mode changed</source>
        <translation>Die Standbys einzeln nacheinander neu starten, falls sich archive_mode geändert hat</translation>
    </message>
    <message>
        <source>The standby did not come back or does not stream: see journalctl -u %1 and the server log.</source>
        <translation>Der Standby ist nicht zurückgekommen oder streamt nicht: siehe journalctl -u %1 und das Server-Protokoll.</translation>
    </message>
    <message>
        <source>Restart the primary if archive_mode changed: a switchover to a standby</source>
        <translation>Den Primary neu starten, falls sich archive_mode geändert hat: ein Switchover auf einen Standby</translation>
    </message>
    <message>
        <source>The switchover did not complete: run &apos;repmgr cluster show&apos; and check which node is primary before anything else.</source>
        <translation>Der Switchover wurde nicht abgeschlossen: Vor allem anderen &apos;repmgr cluster show&apos; ausführen und prüfen, welcher Knoten Primary ist.</translation>
    </message>
    <message>
        <source>Create the stanza %1</source>
        <translation>Die Stanza %1 anlegen</translation>
    </message>
    <message>
        <source>pgbackrest stanza-create (kept when it exists and matches)</source>
        <translation>pgbackrest stanza-create (bleibt erhalten, wenn sie existiert und passt)</translation>
    </message>
    <message>
        <source>stanza-create failed: read its message; a node pgBackRest cannot reach over SSH, or a repository that holds another cluster&apos;s stanza, are the usual causes.</source>
        <translation>stanza-create schlug fehl: seine Meldung lesen; übliche Ursachen sind ein Knoten, den pgBackRest per SSH nicht erreicht, oder ein Repository, das die Stanza eines anderen Clusters enthält.</translation>
    </message>
    <message>
        <source>Check archiving end to end (pgbackrest check)</source>
        <translation>Die Archivierung Ende-zu-Ende prüfen (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check failed: read its message (archive_command, SSH from the primary to the repository host, the repository&apos;s free space).</source>
        <translation>pgbackrest check schlug fehl: seine Meldung lesen (archive_command, SSH vom Primary zum Repository-Host, freier Platz im Repository).</translation>
    </message>
    <message>
        <source>Take the first full backup</source>
        <translation>Das erste Voll-Backup erstellen</translation>
    </message>
    <message>
        <source>The backup failed: read its message (a standby that does not answer, the repository&apos;s free space, a lock held by a running backup).</source>
        <translation>Das Backup schlug fehl: seine Meldung lesen (ein Standby, der nicht antwortet, der freie Platz im Repository, eine Sperre durch ein laufendes Backup).</translation>
    </message>
    <message>
        <source>Enable and start the timers</source>
        <translation>Die Timer aktivieren und starten</translation>
    </message>
    <message>
        <source>Install the backup schedule, the restore drill and the status script</source>
        <translation>Den Backup-Zeitplan, den Wiederherstellungstest und das Status-Skript installieren</translation>
    </message>
    <message>
        <source>archive_mode is on and archive_command is pgBackRest&apos;s on every node</source>
        <translation>Auf jedem Knoten ist archive_mode an und archive_command der von pgBackRest</translation>
    </message>
    <message>
        <source>The drop-in is not read, another file overrides archive_command, or PostgreSQL still waits for a restart.</source>
        <translation>Die Konfigurationsergänzung wird nicht gelesen, eine andere Datei überschreibt archive_command, oder PostgreSQL wartet noch auf einen Neustart.</translation>
    </message>
    <message>
        <source>The primary&apos;s archiver has archived a segment and its last attempt succeeded</source>
        <translation>Der Archiver des Primarys hat ein Segment archiviert, und sein letzter Versuch war erfolgreich</translation>
    </message>
    <message>
        <source>a standby: archives once promoted</source>
        <translation>ein Standby: archiviert, sobald er befördert ist</translation>
    </message>
    <message>
        <source>&gt;= 1 segment archived, the last attempt successful</source>
        <translation>&gt;= 1 Segment archiviert, der letzte Versuch erfolgreich</translation>
    </message>
    <message>
        <source>%1 archived (last %2), %3 failed%4</source>
        <translation>%1 archiviert (zuletzt %2), %3 fehlgeschlagen%4</translation>
    </message>
    <message>
        <source>, the last attempt failed</source>
        <translation>, der letzte Versuch schlug fehl</translation>
    </message>
    <message>
        <source>archive-push fails: see the server log and /var/log/pgbackrest on this node.</source>
        <translation>archive-push schlägt fehl: siehe das Server-Protokoll und /var/log/pgbackrest auf diesem Knoten.</translation>
    </message>
    <message>
        <source>pgbackrest check passes</source>
        <translation>pgbackrest check besteht</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s message; /var/log/pgbackrest on the repository host has the details.</source>
        <translation>Die Meldung von pgBackRest lesen; /var/log/pgbackrest auf dem Repository-Host enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source>The repository holds a full backup without error</source>
        <translation>Das Repository enthält ein fehlerfreies Voll-Backup</translation>
    </message>
    <message>
        <source>status ok, &gt;= 1 full backup, the newest without error</source>
        <translation>Status ok, &gt;= 1 Voll-Backup, das neueste ohne Fehler</translation>
    </message>
    <message>
        <source>status %1 (%2), %3 backups, %4 full</source>
        <translation>Status %1 (%2), %3 Backups, %4 voll</translation>
    </message>
    <message>
        <source>Run pgpilot backup --type full, and read pgBackRest&apos;s log on the repository host.</source>
        <translation>pgpilot backup --type full ausführen und das Protokoll von pgBackRest auf dem Repository-Host lesen.</translation>
    </message>
    <message>
        <source>The backup timers are enabled and waiting</source>
        <translation>Die Backup-Timer sind aktiviert und warten</translation>
    </message>
    <message>
        <source>the end of the backup</source>
        <translation>das Ende des Backups</translation>
    </message>
    <message>
        <source>backup %1 restored in %2 s, answering after %3 s; recovery point %4; marker %5 found (newest on the primary before it: %6)</source>
        <translation>Backup %1 in %2 s wiederhergestellt, antwortet nach %3 s; Wiederherstellungspunkt %4; Markierung %5 gefunden (neueste auf dem Primary davor: %6)</translation>
    </message>
    <message>
        <source>Rehearses the restore on %1, then stops repmgrd, the health service and PostgreSQL on every node, restores %2 to %3 and promotes it, clones the other nodes from it, starts repmgrd again and takes a full backup of the new timeline.</source>
        <translation>Probt die Wiederherstellung auf %1, stoppt dann repmgrd, den Health-Dienst und PostgreSQL auf jedem Knoten, stellt %2 auf %3 wieder her und befördert ihn, klont die anderen Knoten von ihm, startet repmgrd wieder und nimmt ein Voll-Backup der neuen Timeline.</translation>
    </message>
    <message>
        <source>Stop repmgrd and the health service on every node</source>
        <translation>repmgrd und den Health-Dienst auf jedem Knoten stoppen</translation>
    </message>
    <message>
        <source>The services could not be stopped: see systemctl status %1.</source>
        <translation>Die Dienste konnten nicht gestoppt werden: siehe systemctl status %1.</translation>
    </message>
    <message>
        <source>Start the health service and repmgrd on every node</source>
        <translation>Den Health-Dienst und repmgrd auf jedem Knoten starten</translation>
    </message>
    <message>
        <source>A service did not start: see journalctl -u %1 and -u %2.</source>
        <translation>Ein Dienst ist nicht gestartet: siehe journalctl -u %1 und -u %2.</translation>
    </message>
    <message>
        <source>the nodes (mounted %1)</source>
        <translation>die Knoten (eingehängt unter %1)</translation>
    </message>
    <message>
        <source>pgpilot-backup-run --type %1 (this node backs up if it is the first streaming standby)</source>
        <translation>pgpilot-backup-run --type %1 (dieser Knoten sichert, wenn er der erste streamende Standby ist)</translation>
    </message>
    <message>
        <source>Every node&apos;s PostgreSQL answers (repmgr keeps the pause flag there) and its repmgrd runs</source>
        <translation>Das PostgreSQL jedes Knotens antwortet (repmgr hält dort das Pause-Flag) und sein repmgrd läuft</translation>
    </message>
    <message>
        <source>Start PostgreSQL on %1 first (or fence it): repmgr could not pause it, and it would fail over on its own while the others wait.</source>
        <translation>Zuerst PostgreSQL auf %1 starten (oder ihn abschotten): repmgr konnte ihn nicht pausieren, und er würde eigenständig ein Failover ausführen, während die anderen warten.</translation>
    </message>
    <message>
        <source>Start PostgreSQL on %1 first: repmgr could not resume it, and it would stay paused while the others fail over. To resume the other nodes now, run repmgr service unpause as postgres on one of them.</source>
        <translation>Zuerst PostgreSQL auf %1 starten: repmgr konnte ihn nicht fortsetzen, und er bliebe pausiert, während die anderen ein Failover ausführen. Um die anderen Knoten jetzt fortzusetzen, repmgr service unpause als postgres auf einem von ihnen ausführen.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>nicht pausiert</translation>
    </message>
    <message>
        <source>pause state unknown</source>
        <translation>Pausenzustand unbekannt</translation>
    </message>
    <message>
        <source>repmgrd running</source>
        <translation>repmgrd läuft</translation>
    </message>
    <message>
        <source>repmgrd %1, %2</source>
        <translation>repmgrd %1, %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Start repmgrd on %1 (systemctl start %2) and check again.</source>
        <translation>repmgrd auf %1 starten (systemctl start %2) und erneut prüfen.</translation>
    </message>
    <message>
        <source>repmgr service %1 --dry-run on the primary reaches every node</source>
        <translation>repmgr service %1 --dry-run auf dem Primary erreicht jeden Knoten</translation>
    </message>
    <message>
        <source>exit status 0, every node reached</source>
        <translation>Exit-Status 0, jeder Knoten erreicht</translation>
    </message>
    <message>
        <source>every node reached</source>
        <translation>jeder Knoten erreicht</translation>
    </message>
    <message>
        <source>repmgr on %1 cannot connect to %2</source>
        <translation>repmgr auf %1 kann sich nicht mit %2 verbinden</translation>
    </message>
    <message>
        <source>repmgr service %1 connects from the primary to every node with the conninfo in repmgr.conf: start PostgreSQL there or repair the network, then try again.</source>
        <translation>repmgr service %1 verbindet sich vom Primary aus mit jedem Knoten, mit der conninfo aus repmgr.conf: dort PostgreSQL starten oder das Netzwerk reparieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>a primary runs the dry run</source>
        <translation>ein Primary führt den Probelauf aus</translation>
    </message>
    <message>
        <source>no node answered as the primary</source>
        <translation>kein Knoten hat als Primary geantwortet</translation>
    </message>
    <message>
        <source>No primary answers: a pause is recorded on the primary.</source>
        <translation>Kein Primary antwortet: Eine Pause wird auf dem Primary aufgezeichnet.</translation>
    </message>
    <message>
        <source>repmgrd is paused on every node</source>
        <translation>repmgrd ist auf jedem Knoten pausiert</translation>
    </message>
    <message>
        <source>repmgrd runs unpaused on every node</source>
        <translation>repmgrd läuft auf jedem Knoten ohne Pause</translation>
    </message>
    <message>
        <source>repmgrd running, paused</source>
        <translation>repmgrd läuft, pausiert</translation>
    </message>
    <message>
        <source>repmgrd running, not paused</source>
        <translation>repmgrd läuft, nicht pausiert</translation>
    </message>
    <message>
        <source>repmgrd %1, repmgrd_is_paused() %2</source>
        <translation>repmgrd %1, repmgrd_is_paused() %2</translation>
    </message>
    <message>
        <source>repmgr did not pause this node: run pgpilot pause again, or resume every node (pgpilot unpause) rather than leave them mixed.</source>
        <translation>repmgr hat diesen Knoten nicht pausiert: pgpilot pause erneut ausführen oder alle Knoten fortsetzen (pgpilot unpause), statt sie gemischt zu lassen.</translation>
    </message>
    <message>
        <source>repmgr did not resume this node: run pgpilot unpause again (and look at journalctl -u %1 there).</source>
        <translation>repmgr hat diesen Knoten nicht fortgesetzt: pgpilot unpause erneut ausführen (und dort journalctl -u %1 ansehen).</translation>
    </message>
    <message>
        <source>The window is recorded on the primary and still ahead</source>
        <translation>Das Zeitfenster ist auf dem Primary aufgezeichnet und liegt noch vor uns</translation>
    </message>
    <message>
        <source>No pause window is left open on the primary</source>
        <translation>Auf dem Primary ist kein Pausen-Zeitfenster offen geblieben</translation>
    </message>
    <message>
        <source>no window table</source>
        <translation>keine Zeitfenster-Tabelle</translation>
    </message>
    <message>
        <source>no open window</source>
        <translation>kein offenes Zeitfenster</translation>
    </message>
    <message>
        <source>%1 open window(s), %2 s left</source>
        <translation>%1 offene(s) Zeitfenster, noch %2 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>one open window, still ahead</source>
        <translation>ein offenes Zeitfenster, liegt noch vor uns</translation>
    </message>
    <message>
        <source>The window could not be recorded in %1 on the primary: read the step&apos;s output.</source>
        <translation>Das Zeitfenster konnte nicht in %1 auf dem Primary aufgezeichnet werden: die Ausgabe des Schritts lesen.</translation>
    </message>
    <message>
        <source>the primary answers</source>
        <translation>der Primary antwortet</translation>
    </message>
    <message>
        <source>The window lives on the primary: is one running?</source>
        <translation>Das Zeitfenster liegt auf dem Primary: Läuft einer?</translation>
    </message>
    <message>
        <source>Pause automatic failover of cluster %1</source>
        <translation>Automatisches Failover von Cluster %1 pausieren</translation>
    </message>
    <message>
        <source>Resume automatic failover of cluster %1</source>
        <translation>Automatisches Failover von Cluster %1 fortsetzen</translation>
    </message>
    <message>
        <source>Records the window (%1 minutes) on the primary, then repmgr service pause there pauses repmgrd on every node.</source>
        <translation>Zeichnet das Zeitfenster (%1 Minuten) auf dem Primary auf; dann pausiert repmgr service pause dort repmgrd auf jedem Knoten.</translation>
    </message>
    <message>
        <source>repmgr service unpause on the primary resumes repmgrd on every node, then the recorded window is closed.</source>
        <translation>repmgr service unpause auf dem Primary setzt repmgrd auf jedem Knoten fort; dann wird das aufgezeichnete Zeitfenster geschlossen.</translation>
    </message>
    <message>
        <source>Record the window on the primary</source>
        <translation>Das Zeitfenster auf dem Primary aufzeichnen</translation>
    </message>
    <message>
        <source>The window could not be written on the primary: is it writable? Nothing is paused yet.</source>
        <translation>Das Zeitfenster konnte nicht auf dem Primary geschrieben werden: Ist er beschreibbar? Noch ist nichts pausiert.</translation>
    </message>
    <message>
        <source>If this node is the primary: record the window in %1</source>
        <translation>Wenn dieser Knoten der Primary ist: das Zeitfenster in %1 aufzeichnen</translation>
    </message>
    <message>
        <source>Pause repmgrd on every node</source>
        <translation>repmgrd auf jedem Knoten pausieren</translation>
    </message>
    <message>
        <source>repmgr could not pause every node: run pgpilot pause again, or pgpilot unpause, so that the nodes are not left mixed (see repmgr service status).</source>
        <translation>repmgr konnte nicht jeden Knoten pausieren: pgpilot pause erneut ausführen oder pgpilot unpause, damit die Knoten nicht gemischt bleiben (siehe repmgr service status).</translation>
    </message>
    <message>
        <source>If this node is the primary: repmgr service pause</source>
        <translation>Wenn dieser Knoten der Primary ist: repmgr service pause</translation>
    </message>
    <message>
        <source>Resume repmgrd on every node</source>
        <translation>repmgrd auf jedem Knoten fortsetzen</translation>
    </message>
    <message>
        <source>repmgr could not resume every node: run pgpilot unpause again (see repmgr service status).</source>
        <translation>repmgr konnte nicht jeden Knoten fortsetzen: pgpilot unpause erneut ausführen (siehe repmgr service status).</translation>
    </message>
    <message>
        <source>If this node is the primary: repmgr service unpause</source>
        <translation>Wenn dieser Knoten der Primary ist: repmgr service unpause</translation>
    </message>
    <message>
        <source>Close the recorded window</source>
        <translation>Das aufgezeichnete Zeitfenster schließen</translation>
    </message>
    <message>
        <source>The window could not be closed on the primary; failover runs again all the same.</source>
        <translation>Das Zeitfenster konnte auf dem Primary nicht geschlossen werden; das Failover läuft trotzdem wieder.</translation>
    </message>
    <message>
        <source>If this node is the primary: close the open window in %1</source>
        <translation>Wenn dieser Knoten der Primary ist: das offene Zeitfenster in %1 schließen</translation>
    </message>
    <message>
        <source>pgBackRest on every node with the repository mounted at %1 on each: WAL archived there, the stanza created and checked, a first full backup taken on a standby, the schedule on every node (one node backs up), and a restore drill on that node proving the backup restores.</source>
        <translation>pgBackRest auf jedem Knoten, mit dem Repository jeweils unter %1 eingehängt: WAL wird dorthin archiviert, die Stanza angelegt und geprüft, ein erstes Voll-Backup auf einem Standby erstellt, der Zeitplan auf jedem Knoten (ein Knoten sichert), und ein Wiederherstellungstest auf diesem Knoten beweist, dass sich das Backup wiederherstellen lässt.</translation>
    </message>
    <message>
        <source>Check the schedules and the repository mounted at %1</source>
        <translation>Die Zeitpläne und das unter %1 eingehängte Repository prüfen</translation>
    </message>
    <message>
        <source>The repository is not mounted as pgpilot needs it: read the message, mount the shared directory at the same path on every node, then run phase 6 again.</source>
        <translation>Das Repository ist nicht so eingehängt, wie pgpilot es braucht: die Meldung lesen, das gemeinsame Verzeichnis auf jedem Knoten unter demselben Pfad einhängen, dann Phase 6 erneut ausführen.</translation>
    </message>
    <message>
        <source>Check the schedules and the mount</source>
        <translation>Die Zeitpläne und das Einhängen prüfen</translation>
    </message>
    <message>
        <source>Write %1 (backups read this node at a lower priority)</source>
        <translation>%1 schreiben (Backups lesen diesen Knoten mit niedrigerer Priorität)</translation>
    </message>
    <message>
        <source>The units could not be installed: see systemctl status on %1.</source>
        <translation>Die Units konnten nicht installiert werden: siehe systemctl status auf %1.</translation>
    </message>
    <message>
        <source>See systemctl status of the timer on %1.</source>
        <translation>Siehe systemctl status des Timers auf %1.</translation>
    </message>
    <message>
        <source>Make the repository %1 postgres&apos;s and sign it from every node</source>
        <translation>Das Repository %1 postgres übereignen und es von jedem Knoten aus signieren</translation>
    </message>
    <message>
        <source>The repository directory cannot be made postgres&apos;s, or postgres cannot write in it: read the message and fix the export&apos;s ownership on the file server.</source>
        <translation>Das Repository-Verzeichnis kann nicht postgres übereignet werden, oder postgres kann nicht darin schreiben: die Meldung lesen und den Besitz des Exports auf dem Dateiserver korrigieren.</translation>
    </message>
    <message>
        <source>Own %1 and write this node&apos;s signature</source>
        <translation>%1 in Besitz nehmen und die Signatur dieses Knotens schreiben</translation>
    </message>
    <message>
        <source>Check that every node sees the same repository, with the same postgres ids</source>
        <translation>Prüfen, dass jeder Knoten dasselbe Repository sieht, mit denselben IDs von postgres</translation>
    </message>
    <message>
        <source>The nodes do not share one directory at %1, or postgres&apos;s ids differ: mount the same export on every node; give postgres the same uid and gid everywhere.</source>
        <translation>Die Knoten teilen unter %1 nicht ein gemeinsames Verzeichnis, oder die IDs von postgres unterscheiden sich: auf jedem Knoten denselben Export einhängen; postgres überall dieselbe UID und GID geben.</translation>
    </message>
    <message>
        <source>Read every node&apos;s signature</source>
        <translation>Die Signatur jedes Knotens lesen</translation>
    </message>
    <message>
        <source>Wait (at most %1 s) until %2 has caught up with the primary (replay lag under 16 MiB)</source>
        <translation>Warten (höchstens %1 s), bis %2 zum Primary aufgeholt hat (Einspielverzögerung unter 16 MiB)</translation>
    </message>
    <message>
        <source>%1 has not caught up with the primary after %2 s</source>
        <translation>%1 hat nach %2 s nicht zum Primary aufgeholt</translation>
    </message>
    <message>
        <source>%1 is not a running standby now: the cluster changed since the pre-checks; nothing was done on it</source>
        <translation>%1 ist jetzt kein laufender Standby: Der Cluster hat sich seit den Vorabprüfungen geändert; auf ihm wurde nichts getan</translation>
    </message>
    <message>
        <source>apt-get install --only-upgrade %1</source>
        <translation>apt-get install --only-upgrade %1</translation>
    </message>
    <message>
        <source>Restart what still runs an old binary</source>
        <translation>Neu starten, was noch eine alte Binärdatei ausführt</translation>
    </message>
    <message>
        <source>Upgrade %1 (the old primary, a standby now)</source>
        <translation>%1 aktualisieren (der alte Primary, jetzt ein Standby)</translation>
    </message>
    <message>
        <source>Upgrade %1 (the primary: nothing of it restarts)</source>
        <translation>%1 aktualisieren (der Primary: nichts davon wird neu gestartet)</translation>
    </message>
    <message>
        <source>Upgrade standby %1</source>
        <translation>Standby %1 aktualisieren</translation>
    </message>
    <message>
        <source>%1 (the old primary) streams again after its restart by the switchover</source>
        <translation>%1 (der alte Primary) streamt nach seinem Neustart durch den Switchover wieder</translation>
    </message>
    <message>
        <source>Restart standby %1</source>
        <translation>Standby %1 neu starten</translation>
    </message>
    <message>
        <source>The upgrade stopped on %1: read the output above. The nodes after it were not touched; the primary still runs. Fix the cause (apt&apos;s message), then run the upgrade again: nodes already done are skipped.</source>
        <translation>Das Upgrade hielt auf %1 an: die Ausgabe oben lesen. Die Knoten danach wurden nicht angetastet; der Primary läuft weiter. Die Ursache beheben (Meldung von apt), dann das Upgrade erneut ausführen: Bereits erledigte Knoten werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 did not come back or does not catch up: see journalctl -u %2 and the server log. The nodes after it were not touched.</source>
        <translation>%1 kam nicht zurück oder holt nicht auf: siehe journalctl -u %2 und das Server-Protokoll. Die Knoten danach wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>PostgreSQL was restarted during this operation and has nothing pending</source>
        <translation>PostgreSQL wurde während dieser Operation neu gestartet, und nichts wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>PostgreSQL is not running on this node: see its server log.</source>
        <translation>PostgreSQL läuft auf diesem Knoten nicht: siehe sein Server-Protokoll.</translation>
    </message>
    <message>
        <source>started after the operation began, 0 settings pending restart</source>
        <translation>nach Beginn der Operation gestartet, 0 Einstellungen warten auf einen Neustart</translation>
    </message>
    <message>
        <source>started %1 s after the operation began, %2 settings pending restart</source>
        <translation>%1 s nach Beginn der Operation gestartet, %2 Einstellungen warten auf einen Neustart</translation>
    </message>
    <message>
        <source>started %1 s before the operation began, %2 settings pending restart</source>
        <translation>%1 s vor Beginn der Operation gestartet, %2 Einstellungen warten auf einen Neustart</translation>
    </message>
    <message>
        <source>This node was not restarted: run the rolling restart again.</source>
        <translation>Dieser Knoten wurde nicht neu gestartet: den rollierenden Neustart erneut ausführen.</translation>
    </message>
    <message>
        <source>A setting still waits for a restart: it may have been changed during the operation; run it again.</source>
        <translation>Eine Einstellung wartet noch auf einen Neustart: Sie wurde vielleicht während der Operation geändert; die Operation erneut ausführen.</translation>
    </message>
    <message>
        <source>Every package at its new version and no service running an old binary</source>
        <translation>Jedes Paket in seiner neuen Version und kein Dienst, der eine alte Binärdatei ausführt</translation>
    </message>
    <message>
        <source>%1 still installed</source>
        <translation>%1 noch installiert</translation>
    </message>
    <message>
        <source>%1 runs an old binary</source>
        <translation>%1 führt eine alte Binärdatei aus</translation>
    </message>
    <message>
        <source>repmgr&apos;s extension not updated</source>
        <translation>Erweiterung von repmgr nicht aktualisiert</translation>
    </message>
    <message>
        <source>new versions, nothing stale</source>
        <translation>neue Versionen, nichts veraltet</translation>
    </message>
    <message>
        <source>Run the upgrade again: it picks up where this one stopped.</source>
        <translation>Das Upgrade erneut ausführen: Es setzt dort fort, wo dieses anhielt.</translation>
    </message>
    <message>
        <source>Installed and new versions of %1 (after apt-get update)</source>
        <translation>Installierte und neue Versionen von %1 (nach apt-get update)</translation>
    </message>
    <message>
        <source>apt-get update works</source>
        <translation>apt-get update funktioniert</translation>
    </message>
    <message>
        <source>The package source does not answer: check the node&apos;s apt sources and network.</source>
        <translation>Die Paketquelle antwortet nicht: die apt-Quellen und das Netzwerk des Knotens prüfen.</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>the packages are installed</source>
        <translation>die Pakete sind installiert</translation>
    </message>
    <message>
        <source>none of them installed</source>
        <translation>keines davon installiert</translation>
    </message>
    <message>
        <source>None of these packages is installed here: check --packages.</source>
        <translation>Keines dieser Pakete ist hier installiert: --packages prüfen.</translation>
    </message>
    <message>
        <source>newer versions offered, the same on every node</source>
        <translation>neuere Versionen angeboten, auf jedem Knoten dieselben</translation>
    </message>
    <message>
        <source>the nodes would get different versions: %1</source>
        <translation>die Knoten bekämen unterschiedliche Versionen: %1</translation>
    </message>
    <message>
        <source>newer versions offered</source>
        <translation>neuere Versionen angeboten</translation>
    </message>
    <message>
        <source>every node has the newest version its package source offers</source>
        <translation>jeder Knoten hat die neueste Version, die seine Paketquelle anbietet</translation>
    </message>
    <message>
        <source>Nothing to upgrade: publish the new packages in the nodes&apos; package source first.</source>
        <translation>Nichts zu aktualisieren: zuerst die neuen Pakete in der Paketquelle der Knoten veröffentlichen.</translation>
    </message>
    <message>
        <source>Give every node the same package source, then run the upgrade again.</source>
        <translation>Allen Knoten dieselbe Paketquelle geben, dann das Upgrade erneut ausführen.</translation>
    </message>
    <message>
        <source>Rolling upgrade of %1</source>
        <translation>Rollierendes Upgrade von %1</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Rollierender Neustart</translation>
    </message>
    <message>
        <source>The standbys one at a time, then a switchover to %1, then %2%3.</source>
        <translation>Die Standbys einer nach dem anderen, dann ein Switchover auf %1, dann %2%3.</translation>
    </message>
    <message>
        <source>, then a switchover back to %1</source>
        <translation>, dann ein Switchover zurück auf %1</translation>
    </message>
    <message>
        <source>Every node one at a time; nothing restarts, no switchover.</source>
        <translation>Jeder Knoten einzeln nacheinander; nichts wird neu gestartet, kein Switchover.</translation>
    </message>
    <message>
        <source>Note on every node when the restart began</source>
        <translation>Auf jedem Knoten vermerken, wann der Neustart begann</translation>
    </message>
    <message>
        <source>The node&apos;s state directory cannot be written: see the error.</source>
        <translation>Das Statusverzeichnis des Knotens ist nicht beschreibbar: siehe die Fehlermeldung.</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE on the primary</source>
        <translation>ALTER EXTENSION repmgr UPDATE auf dem Primary</translation>
    </message>
    <message>
        <source>The extension could not be updated: read the error; repmgr&apos;s release notes say whether the new version needs more.</source>
        <translation>Die Erweiterung ließ sich nicht aktualisieren: die Fehlermeldung lesen; die Release Notes von repmgr sagen, ob die neue Version mehr braucht.</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE (the primary only)</source>
        <translation>ALTER EXTENSION repmgr UPDATE (nur der Primary)</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node; once the cluster is in service a restart may wait for the rolling restart</source>
        <translation>wal_level ist replica und repmgr steht auf jedem Knoten in shared_preload_libraries; sobald der Cluster in Betrieb ist, kann ein Neustart auf den rollierenden Neustart warten</translation>
    </message>
    <message>
        <source> (the cluster is in service: pgpilot rolling-restart applies it)</source>
        <translation> (der Cluster ist in Betrieb: pgpilot rolling-restart wendet es an)</translation>
    </message>
    <message>
        <source>Write the worksheet&apos;s PostgreSQL parameters (conf.d/pgpilot-settings.conf)</source>
        <translation>Die PostgreSQL-Parameter des Arbeitsblatts schreiben (conf.d/pgpilot-settings.conf)</translation>
    </message>
    <message>
        <source>PostgreSQL does not take a value of the worksheet&apos;s settings section (the previous file was put back): correct it on the worksheet; pgpilot settings shows what the server takes.</source>
        <translation>PostgreSQL nimmt einen Wert aus dem Einstellungsabschnitt des Arbeitsblatts nicht an (die vorherige Datei wurde zurückgelegt): ihn im Arbeitsblatt korrigieren; pgpilot settings zeigt, was der Server annimmt.</translation>
    </message>
    <message>
        <source>Restart PostgreSQL %1 with the new settings (not once the cluster is in service)</source>
        <translation>PostgreSQL %1 mit den neuen Einstellungen neu starten (nicht, sobald der Cluster in Betrieb ist)</translation>
    </message>
    <message>
        <source>Restart %1, unless the cluster is in service</source>
        <translation>%1 neu starten, außer der Cluster ist in Betrieb</translation>
    </message>
    <message>
        <source>Keep the previous %1</source>
        <translation>Die vorherige Fassung von %1 behalten</translation>
    </message>
    <message>
        <source>Reload PostgreSQL and check that it takes every line of %1</source>
        <translation>PostgreSQL neu laden und prüfen, dass es jede Zeile von %1 annimmt</translation>
    </message>
    <message>
        <source>Every parameter of the worksheet&apos;s settings section is in effect on every node, or waits for a restart</source>
        <translation>Jeder Parameter aus dem Einstellungsabschnitt des Arbeitsblatts ist auf jedem Knoten wirksam oder wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>PostgreSQL on every node takes every value of the worksheet&apos;s settings section</source>
        <translation>PostgreSQL nimmt auf jedem Knoten jeden Wert aus dem Einstellungsabschnitt des Arbeitsblatts an</translation>
    </message>
    <message>
        <source>%1 in effect</source>
        <translation>%1 wirksam</translation>
    </message>
    <message>
        <source>; waiting for a restart: %1</source>
        <translation>; wartet auf einen Neustart: %1</translation>
    </message>
    <message>
        <source>; not applied: %1</source>
        <translation>; nicht angewendet: %1</translation>
    </message>
    <message>
        <source>; to apply: %1</source>
        <translation>; anzuwenden: %1</translation>
    </message>
    <message>
        <source>every value in effect or waiting for a restart</source>
        <translation>jeder Wert wirksam oder wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>every value one the server takes</source>
        <translation>jeder Wert vom Server angenommen</translation>
    </message>
    <message>
        <source>The settings file was not written or PostgreSQL not reloaded: run pgpilot settings --apply again.</source>
        <translation>Die Einstellungsdatei wurde nicht geschrieben oder PostgreSQL nicht neu geladen: pgpilot settings --apply erneut ausführen.</translation>
    </message>
    <message>
        <source>Apply the worksheet&apos;s settings to cluster %1</source>
        <translation>Die Einstellungen des Arbeitsblatts auf Cluster %1 anwenden</translation>
    </message>
    <message>
        <source>The PostgreSQL parameters written to conf.d/pgpilot-settings.conf on every node and reloaded; haproxy.cfg and keepalived.conf rewritten and reloaded where their timings changed. Nothing is restarted: what needs a restart waits for pgpilot rolling-restart.</source>
        <translation>Die PostgreSQL-Parameter werden auf jedem Knoten in conf.d/pgpilot-settings.conf geschrieben und neu geladen; haproxy.cfg und keepalived.conf werden neu geschrieben und neu geladen, wo sich ihre Zeiten geändert haben. Nichts wird neu gestartet: Was einen Neustart braucht, wartet auf pgpilot rolling-restart.</translation>
    </message>
    <message>
        <source>Write the worksheet&apos;s PostgreSQL parameters and reload PostgreSQL</source>
        <translation>Die PostgreSQL-Parameter des Arbeitsblatts schreiben und PostgreSQL neu laden</translation>
    </message>
    <message>
        <source>PostgreSQL does not take a value (the previous file was put back on that node): correct the worksheet and run pgpilot settings again.</source>
        <translation>PostgreSQL nimmt einen Wert nicht an (die vorherige Datei wurde auf diesem Knoten zurückgelegt): das Arbeitsblatt korrigieren und pgpilot settings erneut ausführen.</translation>
    </message>
    <message>
        <source>Comment out postgresql.conf settings that would override them</source>
        <translation>Einstellungen in postgresql.conf auskommentieren, die sie übersteuern würden</translation>
    </message>
    <message>
        <source>Rewrite haproxy.cfg where it changed and reload HAProxy</source>
        <translation>haproxy.cfg neu schreiben, wo es sich geändert hat, und HAProxy neu laden</translation>
    </message>
    <message>
        <source>HAProxy refused the configuration (the running one is unchanged): see the error above.</source>
        <translation>HAProxy hat die Konfiguration abgelehnt (die laufende ist unverändert): siehe den Fehler oben.</translation>
    </message>
    <message>
        <source>Reload HAProxy</source>
        <translation>HAProxy neu laden</translation>
    </message>
    <message>
        <source>Rewrite keepalived.conf where it changed and reload Keepalived, one node at a time</source>
        <translation>keepalived.conf neu schreiben, wo es sich geändert hat, und Keepalived neu laden, ein Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>Keepalived refused the configuration (the running one is unchanged): see the error above.</source>
        <translation>Keepalived hat die Konfiguration abgelehnt (die laufende ist unverändert): siehe den Fehler oben.</translation>
    </message>
    <message>
        <source>Reload Keepalived</source>
        <translation>Keepalived neu laden</translation>
    </message>
</context>
<context>
    <name>pgpilot::Checker</name>
    <message>
        <source>Give the cluster a name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation>Dem Cluster einen Namen geben (Kleinbuchstaben, Ziffern und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The cluster name must be 1 to 32 lower-case letters, digits or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Clustername muss aus 1 bis 32 Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The repmgr password reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>Der Verweis auf das repmgr-Passwort muss wie pgpilot:&lt;cluster&gt;:&lt;name&gt; aussehen.</translation>
    </message>
    <message>
        <source>The known_hosts file must be an absolute path.</source>
        <translation>Die known_hosts-Datei muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported on %2; choose %3.</source>
        <translation>PostgreSQL %1 wird auf %2 nicht unterstützt; %3 wählen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 cannot install from &quot;%2&quot;; use %3 or a local mirror.</source>
        <translation>%1 kann nicht aus „%2“ installieren; %3 oder einen lokalen Spiegel verwenden.</translation>
    </message>
    <message>
        <source>Give the mirror&apos;s address, e.g. http://10.0.1.5/debian/ (an apt repository).</source>
        <translation>Die Adresse des Spiegels angeben, z. B. http://10.0.1.5/debian/ (ein apt-Repository).</translation>
    </message>
    <message>
        <source>The mirror address must be an http:// or https:// URL of at most %1 characters, without spaces, quotes or shell characters.</source>
        <translation>Die Spiegeladresse muss eine http://- oder https://-URL mit höchstens %1 Zeichen sein, ohne Leerzeichen, Anführungszeichen oder Shell-Zeichen.</translation>
    </message>
    <message>
        <source>Give the mirror&apos;s suite (e.g. %1) or ./ for a flat repository.</source>
        <translation>Die Suite des Spiegels angeben (z. B. %1) oder ./ für ein flaches Repository.</translation>
    </message>
    <message>
        <source>The suite must be a name such as %1, or ./</source>
        <translation>Die Suite muss ein Name wie %1 sein, oder ./</translation>
    </message>
    <message>
        <source>A flat repository (suite ./) has no components: leave them empty.</source>
        <translation>Ein flaches Repository (Suite ./) hat keine Komponenten: das Feld leer lassen.</translation>
    </message>
    <message>
        <source>Components are words separated by single spaces, e.g. main.</source>
        <translation>Komponenten sind Wörter, getrennt durch einzelne Leerzeichen, z. B. main.</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s components, e.g. main.</source>
        <translation>Die Komponenten des Spiegels nennen, z. B. main.</translation>
    </message>
    <message>
        <source>The VIP&apos;s prefix length must be from 1 to %1.</source>
        <translation>Die Präfixlänge der VIP muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The VRRP router id must be from 1 to 255 and unique on this network segment.</source>
        <translation>Die VRRP-Router-ID muss zwischen 1 und 255 liegen und in diesem Netzsegment eindeutig sein.</translation>
    </message>
    <message>
        <source>Give the virtual IP (VIP): a spare address in the subnet.</source>
        <translation>Die virtuelle IP (VIP) angeben: eine freie Adresse im Subnetz.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The VIP %1 is outside the subnet %2: Keepalived can only move it between nodes on that subnet.</source>
        <translation>Die VIP %1 liegt außerhalb des Subnetzes %2: Keepalived kann sie nur zwischen Knoten in diesem Subnetz verschieben.</translation>
    </message>
    <message>
        <source>The VIP %1 is the subnet&apos;s network or broadcast address.</source>
        <translation>Die VIP %1 ist die Netz- oder Broadcast-Adresse des Subnetzes.</translation>
    </message>
    <message>
        <source>A cluster needs 3 to 9 nodes; this one has %1.</source>
        <translation>Ein Cluster braucht 3 bis 9 Knoten; dieser hat %1.</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Node %1 has no host name.</source>
        <translation>Knoten %1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name: use letters, digits and &apos;-&apos; (RFC 1123), at most 63 characters per label.</source>
        <translation>%1 ist kein gültiger Hostname: Buchstaben, Ziffern und &apos;-&apos; verwenden (RFC 1123), höchstens 63 Zeichen je Label.</translation>
    </message>
    <message>
        <source>The name %1 is already used by node %2.</source>
        <translation>Der Name %1 wird schon von Knoten %2 verwendet.</translation>
    </message>
    <message>
        <source>%1: name the network interface that carries its address (e.g. eth0, ens3).</source>
        <translation>%1: die Netzwerkschnittstelle nennen, die seine Adresse trägt (z. B. eth0, ens3).</translation>
    </message>
    <message>
        <source>%1: %2 is not a Linux interface name (1 to 15 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>%1: %2 ist kein Linux-Schnittstellenname (1 bis 15 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Choose the node that starts as primary: none is marked primary.</source>
        <translation>Den Knoten wählen, der als Primary beginnt: keiner ist als Primary markiert.</translation>
    </message>
    <message>
        <source>Exactly one node starts as primary; %1 are marked primary.</source>
        <translation>Genau ein Knoten beginnt als Primary; %1 sind als Primary markiert.</translation>
    </message>
    <message>
        <source>%1 has no IP address.</source>
        <translation>%1 hat keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1: %2 is not an IPv4 or IPv6 address.</source>
        <translation>%1: %2 ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the subnet %3.</source>
        <translation>%1: %2 liegt außerhalb des Subnetzes %3.</translation>
    </message>
    <message>
        <source>%1: %2 is the subnet&apos;s network or broadcast address.</source>
        <translation>%1: %2 ist die Netz- oder Broadcast-Adresse des Subnetzes.</translation>
    </message>
    <message>
        <source>%1 has the VIP&apos;s address %2: the VIP must be a spare address.</source>
        <translation>%1 hat die Adresse der VIP %2: die VIP muss eine freie Adresse sein.</translation>
    </message>
    <message>
        <source>%1: the address %2 is already used by node %3.</source>
        <translation>%1: die Adresse %2 wird schon von Knoten %3 verwendet.</translation>
    </message>
    <message>
        <source>Port %1 is out of range: use 1 to 65535.</source>
        <translation>Port %1 liegt außerhalb des Bereichs: 1 bis 65535 verwenden.</translation>
    </message>
    <message>
        <source>Port 22 is SSH&apos;s: choose another port.</source>
        <translation>Port 22 gehört SSH: einen anderen Port wählen.</translation>
    </message>
    <message>
        <source>Port %1 is already used for %2: every service needs its own port.</source>
        <translation>Port %1 wird schon für %2 verwendet: jeder Dienst braucht seinen eigenen Port.</translation>
    </message>
    <message>
        <source>Give the WAL a slot may hold back as a size such as 10GB (MB, GB or TB). Unlimited is not offered: a dead standby would fill the primary&apos;s disk.</source>
        <translation>Die WAL-Menge, die ein Slot zurückhalten darf, als Größe wie 10GB angeben (MB, GB oder TB). Unbegrenzt gibt es nicht: ein toter Standby würde die Platte des Primarys füllen.</translation>
    </message>
    <message>
        <source>Give the directory that receives archived WAL.</source>
        <translation>Das Verzeichnis angeben, das archivierte WAL aufnimmt.</translation>
    </message>
    <message>
        <source>The archive directory must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>Das Archivverzeichnis muss ein absoluter Pfad aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; und &apos;/&apos; sein.</translation>
    </message>
    <message>
        <source>Give the subnet your application servers connect from (CIDR, e.g. 10.0.2.0/24).</source>
        <translation>Das Subnetz angeben, aus dem sich die Anwendungsserver verbinden (CIDR, z. B. 10.0.2.0/24).</translation>
    </message>
    <message>
        <source>The database name must be lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Der Datenbankname muss aus Kleinbuchstaben, Ziffern und &apos;_&apos; bestehen und mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>%1 is reserved for PostgreSQL or repmgr: choose the application&apos;s own name.</source>
        <translation>%1 ist für PostgreSQL oder repmgr reserviert: einen eigenen Namen für die Anwendung wählen.</translation>
    </message>
    <message>
        <source>The role name must be lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Der Rollenname muss aus Kleinbuchstaben, Ziffern und &apos;_&apos; bestehen und mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>Give both the application&apos;s database and its role, or neither.</source>
        <translation>Datenbank und Rolle der Anwendung beide angeben oder keine von beiden.</translation>
    </message>
    <message>
        <source>With %1 nodes every commit must reach at least %2 standby(s), or a failover can lose acknowledged writes: set %3 (0 chooses it).</source>
        <translation>Bei %1 Knoten muss jeder Commit mindestens %2 Standby(s) erreichen, sonst kann ein Failover bestätigte Schreibvorgänge verlieren: setzen Sie %3 (0 wählt den Wert).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>With %1 nodes a primary on the majority side has only %2 standby(s) with it: a quorum of %3 would stop all writes when the minority fails. Set %4 (0 chooses it).</source>
        <translation>Bei %1 Knoten hat ein Primary auf der Mehrheitsseite nur %2 Standby(s) bei sich: ein Quorum von %3 hielte alle Schreibvorgänge an, wenn die Minderheit ausfällt. Setzen Sie %4 (0 wählt den Wert).</translation>
    </message>
    <message>
        <source>%1 is reserved for PostgreSQL, repmgr or pgpilot: choose the application&apos;s own role.</source>
        <translation>%1 ist für PostgreSQL, repmgr oder pgpilot reserviert: Wählen Sie eine eigene Rolle für die Anwendung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or a CIDR network. List the monitoring workstations&apos; addresses or networks, e.g. [&quot;10.0.5.20&quot;, &quot;10.0.6.0/24&quot;].</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein CIDR-Netz. Geben Sie die Adressen oder Netze der Überwachungsarbeitsplätze an, z. B. [&quot;10.0.5.20&quot;, &quot;10.0.6.0/24&quot;].</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterConnector</name>
    <message>
        <source>%1 needs a password but the worksheet names none.</source>
        <translation>%1 braucht ein Passwort, aber das Arbeitsblatt nennt keines.</translation>
    </message>
    <message>
        <source>Passwords are needed but no secret store is available.</source>
        <translation>Passwörter werden gebraucht, aber kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>These passwords are not in the keychain: %1. Enter them on the worksheet and save.</source>
        <translation>Diese Passwörter sind nicht im Schlüsselbund: %1. Sie im Arbeitsblatt eingeben und speichern.</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterDashboard</name>
    <message>
        <source>Wall mode</source>
        <translation>Wandmodus</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export text…</source>
        <translation>Als Text exportieren…</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>waiting for the first answers…</source>
        <translation>warte auf die ersten Antworten…</translation>
    </message>
    <message>
        <source>✔ healthy</source>
        <translation>✔ gesund</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s)</source>
        <translation>
            <numerusform>⚠ %n Alarm</numerusform>
            <numerusform>⚠ %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Die Zeitachse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>S&amp;witchover to this node…</source>
        <translation>S&amp;witchover auf diesen Knoten…</translation>
    </message>
    <message>
        <source>Re&amp;join…</source>
        <translation>Wieder ein&amp;binden…</translation>
    </message>
    <message>
        <source>F&amp;ence…</source>
        <translation>Ab&amp;schotten…</translation>
    </message>
    <message>
        <source>Node for the actions</source>
        <translation>Knoten für die Aktionen</translation>
    </message>
    <message>
        <source>%1 has not been polled yet</source>
        <translation>%1 wurde noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Make %1 the primary (planned, no data loss)</source>
        <translation>%1 zum Primary machen (geplant, ohne Datenverlust)</translation>
    </message>
    <message>
        <source>Only a standby that streams can become the primary</source>
        <translation>Nur ein streamender Standby kann Primary werden</translation>
    </message>
    <message>
        <source>Bring %1 back as a standby of the current primary</source>
        <translation>%1 als Standby des jetzigen Primarys zurückholen</translation>
    </message>
    <message>
        <source>%1 already serves the cluster</source>
        <translation>%1 dient dem Cluster bereits</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 and keep it stopped</source>
        <translation>PostgreSQL auf %1 anhalten und angehalten lassen</translation>
    </message>
    <message>
        <source>%1 is fenced already; Rejoin lifts the fence</source>
        <translation>%1 ist schon abgeschottet; „Wieder einbinden“ hebt die Abschottung auf</translation>
    </message>
    <message>
        <source>Make %1 the primary (switchover)…</source>
        <translation>%1 zum Primary machen (Switchover)…</translation>
    </message>
    <message>
        <source>Rejoin %1…</source>
        <translation>%1 wieder einbinden…</translation>
    </message>
    <message>
        <source>Fence %1…</source>
        <translation>%1 abschotten…</translation>
    </message>
    <message>
        <source>Add %1 as a standby…</source>
        <translation>%1 als Standby hinzufügen…</translation>
    </message>
    <message>
        <source>Remove standby %1…</source>
        <translation>Standby %1 entfernen…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Not read on this cluster (adopted as it was built):</source>
        <translation>Auf diesem Cluster nicht gelesen (so übernommen, wie er gebaut wurde):</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Wiedergabe…</translation>
    </message>
    <message>
        <source>Replay the history kept on disk, second by second</source>
        <translation>Den auf der Platte gespeicherten Verlauf Sekunde für Sekunde wiedergeben</translation>
    </message>
    <message>
        <source>Topology: replication, VIP and write routes</source>
        <translation>Topologie: Replikation, VIP und Schreibwege</translation>
    </message>
    <message>
        <source>Leave the replay (Live) to act on the cluster as it is now</source>
        <translation>Die Wiedergabe verlassen (Live), um auf den Cluster in seinem jetzigen Zustand einzuwirken</translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation>WIEDERGABE %1</translation>
    </message>
    <message>
        <source>Export incident…</source>
        <translation>Vorfall exportieren…</translation>
    </message>
    <message>
        <source>Write the incident at the replayed moment (or the last one before it) as one .tar file for a post-mortem: snapshots, events, the audit log&apos;s entries; secrets masked</source>
        <translation>Den Vorfall zum wiedergegebenen Zeitpunkt (oder den letzten davor) als eine .tar-Datei für die Nachbetrachtung schreiben: Schnappschüsse, Ereignisse, die Einträge des Audit-Protokolls; Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Incident bundle written: %1 (%2 snapshots, %3 events, %4 audit entries, %5 to %6)</source>
        <translation>Vorfallsbündel geschrieben: %1 (Schnappschüsse: %2, Ereignisse: %3, Audit-Einträge: %4, %5 bis %6)</translation>
    </message>
    <message>
        <source>The incident bundle was not written: %1</source>
        <translation>Das Vorfallsbündel wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Export the incident</source>
        <translation>Den Vorfall exportieren</translation>
    </message>
    <message>
        <source>Incident bundle (*.tar)</source>
        <translation>Vorfallsbündel (*.tar)</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterMonitor</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort binnen %1 ms</translation>
    </message>
    <message>
        <source>the health service answered %1 without a JSON body</source>
        <translation>der Health-Dienst antwortete %1 ohne JSON-Inhalt</translation>
    </message>
    <message>
        <source>HAProxy stats answered HTTP %1</source>
        <translation>HAProxy-Statistik antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the answer was longer than %1 KiB: cut off and ignored</source>
        <translation>die Antwort war länger als %1 KiB: abgeschnitten und verworfen</translation>
    </message>
    <message>
        <source>HAProxy&apos;s stats page refused pgpilot&apos;s stats password (HTTP 401): the node has another one than this workstation (run phase 4 again, or import the cluster&apos;s secrets)</source>
        <translation>Die Statistikseite von HAProxy hat das Statistik-Passwort von pgpilot abgelehnt (HTTP 401): Der Knoten hat ein anderes als dieser Arbeitsplatz (Phase 4 erneut ausführen oder die Geheimnisse des Clusters importieren)</translation>
    </message>
    <message>
        <source>the health service</source>
        <translation>der Health-Service</translation>
    </message>
    <message>
        <source>HAProxy&apos;s routing (where writes and reads go) and its backends&apos; states: the nodes&apos; HAProxy has no stats listener. Phase 4 adds one (pgpilot audit shows the difference).</source>
        <translation>Das Routing von HAProxy (wohin Schreib- und Lesezugriffe gehen) und der Zustand seiner Backends: Das HAProxy der Knoten hat keinen Stats-Listener. Phase 4 fügt einen hinzu (pgpilot audit zeigt die Abweichung).</translation>
    </message>
    <message>
        <source>The health service&apos;s view of lag, timeline and fencing: %1 answers only whether the node is the primary or a replica (GET %2, %3).</source>
        <translation>Die Sicht des Health-Service auf Verzögerung, Timeline und Fencing: %1 antwortet nur, ob der Knoten Primary oder Replica ist (GET %2, %3).</translation>
    </message>
    <message>
        <source>repmgr on %1: %2 succeeded</source>
        <translation>repmgr auf %1: %2 erfolgreich</translation>
    </message>
    <message>
        <source>repmgr on %1: %2 failed</source>
        <translation>repmgr auf %1: %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source> (recorded on the node while pgpilot was not watching)</source>
        <translation> (auf dem Knoten aufgezeichnet, während pgpilot nicht überwachte)</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterServices</name>
    <message>
        <source>The repmgr password (%1) cannot be read: there is no secret store.</source>
        <translation>Das repmgr-Passwort (%1) kann nicht gelesen werden: Es gibt keinen Passwortspeicher.</translation>
    </message>
    <message>
        <source>The repmgr password (%1) is not in the keychain: %2</source>
        <translation>Das repmgr-Passwort (%1) ist nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen.</translation>
    </message>
    <message>
        <source>No VIP check: %1</source>
        <translation>Keine VIP-Prüfung: %1</translation>
    </message>
    <message>
        <source>the nodes&apos; SSH settings could not be prepared</source>
        <translation>die SSH-Einstellungen der Knoten konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The password of %1 (%2) cannot be read: there is no secret store.</source>
        <translation>Das Passwort von %1 (%2) kann nicht gelesen werden: Es gibt keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>The password of pgpilot&apos;s monitoring role %1 (%2) is not in the keychain: %3 A cluster built by an older pgpilot gets the role when phases 3 and 4 run again (pgpilot apply --from 3 --to 4); for a cluster set up from another workstation, import its secrets (pgpilot import-secrets).</source>
        <translation>Das Passwort der Überwachungsrolle %1 von pgpilot (%2) ist nicht im Schlüsselbund: %3 Ein Cluster, den ein älteres pgpilot gebaut hat, erhält die Rolle, wenn die Phasen 3 und 4 erneut laufen (pgpilot apply --from 3 --to 4); für einen Cluster, der von einem anderen Arbeitsplatz aus eingerichtet wurde, importieren Sie dessen Geheimnisse (pgpilot import-secrets).</translation>
    </message>
    <message>
        <source>The window closed meanwhile.</source>
        <translation>Das Fenster wurde inzwischen geschlossen.</translation>
    </message>
    <message>
        <source>The cluster CA&apos;s certificate (%1) cannot be read: there is no secret store.</source>
        <translation>Das Zertifikat der Cluster-CA (%1) kann nicht gelesen werden: Es gibt keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>The cluster uses verified TLS, but its CA&apos;s certificate (%1) is not in the keychain, so pgpilot cannot check that it talks to the real nodes. Import the cluster&apos;s secrets from the workstation that set it up (pgpilot import-secrets, or File &gt; Import secrets); a cluster not built yet gets its CA when the runbook runs.</source>
        <translation>Der Cluster verwendet geprüftes TLS, aber das Zertifikat seiner CA (%1) ist nicht im Schlüsselbund, daher kann pgpilot nicht prüfen, ob es mit den echten Knoten spricht. Importieren Sie die Geheimnisse des Clusters von dem Arbeitsplatz, der ihn eingerichtet hat (pgpilot import-secrets oder Datei &gt; Geheimnisse importieren); ein noch nicht gebauter Cluster erhält seine CA, wenn das Runbook läuft.</translation>
    </message>
    <message>
        <source>Could not write the cluster CA&apos;s certificate to %1: %2</source>
        <translation>Das Zertifikat der Cluster-CA konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The password of %1 (%2), which pgpilot uses on this adopted cluster, is not in the keychain: %3 Run pgpilot adopt again (it reads the password from the nodes&apos; .pgpass), or import the cluster&apos;s secrets.</source>
        <translation>Das Passwort von %1 (%2), das pgpilot auf diesem übernommenen Cluster verwendet, ist nicht im Schlüsselbund: %3 Führen Sie pgpilot adopt erneut aus (es liest das Passwort aus der .pgpass der Knoten), oder importieren Sie die Geheimnisse des Clusters.</translation>
    </message>
    <message>
        <source>no SSH connection to %1: %2</source>
        <translation>keine SSH-Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>its SSH settings could not be prepared</source>
        <translation>seine SSH-Einstellungen konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>the nodes</source>
        <translation>den Knoten</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterSession</name>
    <message>
        <source>Passwords are needed but no secret store is available.</source>
        <translation>Passwörter werden gebraucht, aber kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; enter it on the worksheet.</source>
        <translation>Das Geheimnis %1 ist nicht im Schlüsselbund; es im Arbeitsblatt eingeben.</translation>
    </message>
    <message>
        <source>Could not store the generated secret %1: %2</source>
        <translation>Das erzeugte Geheimnis %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no phase %1.</source>
        <translation>Es gibt keine Phase %1.</translation>
    </message>
    <message>
        <source>pgpilot could not ask the nodes whether the cluster already has its secrets (%1), so it makes none up.</source>
        <translation>pgpilot konnte die Knoten nicht fragen, ob der Cluster seine Geheimnisse schon hat (%1), und erfindet deshalb keine.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>pgpilot makes up no secret (%1) before every node has said it has none: %2. Make the node reachable (and trust its host key), then try again.</source>
        <translation>pgpilot erfindet kein Geheimnis (%1), bevor jeder Knoten gesagt hat, dass er keines hat: %2. Machen Sie den Knoten erreichbar (und vertrauen Sie seinem Host-Schlüssel), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not make up the secret %1.</source>
        <translation>Das Geheimnis %1 konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The cluster uses the site&apos;s own certificates (tls.mode site), and these are not in the keychain: %1. Import the site&apos;s CA certificate and each node&apos;s certificate and key first (pgpilot import-certs, or File &gt; Import site certificates).</source>
        <translation>Der Cluster verwendet die eigenen Zertifikate des Standorts (tls.mode site), und diese sind nicht im Schlüsselbund: %1. Importieren Sie zuerst das CA-Zertifikat des Standorts sowie Zertifikat und Schlüssel jedes Knotens (pgpilot import-certs oder Datei &gt; Standortzertifikate importieren).</translation>
    </message>
    <message>
        <source>The keychain holds only half of the cluster CA (%1 is missing): pgpilot makes no new CA, which the nodes would not trust. Import the cluster&apos;s secrets from the workstation that set it up (pgpilot import-secrets, or File &gt; Import secrets).</source>
        <translation>Der Schlüsselbund enthält nur die Hälfte der Cluster-CA (%1 fehlt): pgpilot erzeugt keine neue CA, der die Knoten nicht vertrauen würden. Importieren Sie die Geheimnisse des Clusters von dem Arbeitsplatz, der ihn eingerichtet hat (pgpilot import-secrets oder Datei &gt; Geheimnisse importieren).</translation>
    </message>
    <message>
        <source>Could not issue the TLS certificate of %1: %2</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht ausgestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not make the cluster CA: %1</source>
        <translation>Die Cluster-CA konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>The cluster CA could not be read from the keychain: %1</source>
        <translation>Die Cluster-CA konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::CommandLine</name>
    <message>
        <source>%1: fix the worksheet first.
</source>
        <translation>%1: zuerst das Arbeitsblatt korrigieren.
</translation>
    </message>
    <message>
        <source>check a cluster file and list every problem</source>
        <translation>eine Cluster-Datei prüfen und jedes Problem auflisten</translation>
    </message>
    <message>
        <source>run one command on every node in parallel, with live output</source>
        <translation>einen Befehl parallel auf jedem Knoten ausführen, mit laufender Ausgabe</translation>
    </message>
    <message>
        <source>run only the checkpoints of phases 0-4</source>
        <translation>nur die Prüfpunkte der Phasen 0-4 ausführen</translation>
    </message>
    <message>
        <source>print the monitor&apos;s snapshot of the cluster</source>
        <translation>den Schnappschuss des Monitors vom Cluster ausgeben</translation>
    </message>
    <message>
        <source>write the runbook as one shell script per node</source>
        <translation>das Runbook als ein Shell-Skript je Knoten schreiben</translation>
    </message>
    <message>
        <source>%1: the worksheet is complete (%2 nodes).
</source>
        <translation>%1: das Arbeitsblatt ist vollständig (%2 Knoten).
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s).
</source>
        <translation>
            <numerusform>%1: %n Problem.
</numerusform>
            <numerusform>%1: %n Probleme.
</numerusform>
        </translation>
    </message>
    <message>
        <source>pgpilot: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
  To see the window on this machine, start it in a virtual display:
      xvfb-run -a pgpilot [cluster.json]
  To run it with no window at all (for scripts and screenshots):
      QT_QPA_PLATFORM=offscreen pgpilot [cluster.json]
  Headless commands that need no display:
      pgpilot validate cluster.json [--json]
      pgpilot exec cluster.json [--node NAME] -- command
</source>
        <translation>pgpilot: keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
  Um das Fenster auf diesem Rechner zu sehen, in einer virtuellen Anzeige starten:
      xvfb-run -a pgpilot [cluster.json]
  Um ganz ohne Fenster zu laufen (für Skripte und Bildschirmfotos):
      QT_QPA_PLATFORM=offscreen pgpilot [cluster.json]
  Befehle ohne Anzeige:
      pgpilot validate cluster.json [--json]
      pgpilot exec cluster.json [--node NAME] -- Befehl
</translation>
    </message>
    <message>
        <source>make a standby the primary (planned, no data loss)</source>
        <translation>einen Standby zum Primary machen (geplant, ohne Datenverlust)</translation>
    </message>
    <message>
        <source>bring a failed, diverged or fenced node back as a standby</source>
        <translation>einen ausgefallenen, abgewichenen oder abgeschotteten Knoten als Standby zurückholen</translation>
    </message>
    <message>
        <source>lift a fence: rejoin the node as a standby</source>
        <translation>eine Abschottung aufheben: den Knoten als Standby wieder einbinden</translation>
    </message>
    <message>
        <source>stop a node&apos;s PostgreSQL and keep it from serving writes</source>
        <translation>PostgreSQL eines Knotens anhalten und ihn von Schreibzugriffen fernhalten</translation>
    </message>
    <message>
        <source>install, clone and register a new node row as a standby</source>
        <translation>eine neue Knotenzeile installieren, klonen und als Standby registrieren</translation>
    </message>
    <message>
        <source>unregister and stop a standby, then drop its row</source>
        <translation>einen Standby abmelden und anhalten, dann seine Zeile entfernen</translation>
    </message>
    <message>
        <source>Phase %1 stopped at step %2 on %3:
  %4
%5</source>
        <translation>Phase %1 hielt bei Schritt %2 auf %3 an:
  %4
%5</translation>
    </message>
    <message>
        <source>  What to do: %1
</source>
        <translation>  Was tun: %1
</translation>
    </message>
    <message>
        <source>; likely cause: %1</source>
        <translation>; wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <source>-- Checkpoint of phase %1: %2
</source>
        <translation>-- Prüfpunkt von Phase %1: %2
</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>From this phase on.</source>
        <translation>Ab dieser Phase.</translation>
    </message>
    <message>
        <source>Up to this phase.</source>
        <translation>Bis zu dieser Phase.</translation>
    </message>
    <message>
        <source>Confirm phase 5 (it stops the primary).</source>
        <translation>Phase 5 bestätigen (sie hält den Primary an).</translation>
    </message>
    <message>
        <source>Forget saved progress: probe every step again.</source>
        <translation>Gespeicherten Fortschritt vergessen: jeden Schritt neu prüfen.</translation>
    </message>
    <message>
        <source>This is destructive: %1
Add --yes to go ahead, or --to 4 to stop before phase 5.
</source>
        <translation>Dies ist zerstörerisch: %1
Mit --yes fortfahren, oder mit --to 4 vor Phase 5 anhalten.
</translation>
    </message>
    <message>
        <source>
Interrupted: stopping the running step on every node (its remote commands are killed; what finished is kept, so `pgpilot apply` again resumes). Press Ctrl+C again to quit at once.
</source>
        <translation>
Unterbrochen: Der laufende Schritt wird auf jedem Knoten angehalten (seine entfernten Befehle werden beendet; was fertig ist, bleibt erhalten, ein erneutes `pgpilot apply` setzt fort). Erneut Strg+C beendet sofort.
</translation>
    </message>
    <message>
        <source>Carries out the setup phases over SSH, each followed by its checkpoint, and stops at the
first failure. A step that is already done is skipped, so running it again is safe.
Phases: 0 pre-flight checks, 1 base installation, 2 PostgreSQL configuration,
3 repmgr and cluster initialisation, 4 HAProxy, health service and VIP,
5 failover validation (stops the primary; needs --yes).</source>
        <translation>Führt die Einrichtungsphasen per SSH aus, jede gefolgt von ihrem Prüfpunkt, und hält beim
ersten Fehler an. Ein bereits erledigter Schritt wird übersprungen, erneutes Ausführen ist
also sicher.
Phasen: 0 Vorabprüfungen, 1 Grundinstallation, 2 PostgreSQL-Konfiguration,
3 repmgr und Cluster-Initialisierung, 4 HAProxy, Health-Dienst und VIP,
5 Failover-Test (hält den Primary an; braucht --yes).</translation>
    </message>
    <message>
        <source>Exit status: 0 every phase passed, 1 a step or checkpoint failed, 2 usage error or
phase 5 without --yes, 3 cluster file, keychain or connection problem.</source>
        <translation>Exit-Status: 0 jede Phase bestanden, 1 ein Schritt oder Prüfpunkt schlug fehl, 2 Aufruffehler
oder Phase 5 ohne --yes, 3 Problem mit Cluster-Datei, Schlüsselbund oder Verbindung.</translation>
    </message>
    <message>
        <source>Runs only the checkpoints (no changes on the nodes) of phases 0 to 4, or of the
phases given.</source>
        <translation>Führt nur die Prüfpunkte (keine Änderungen auf den Knoten) der Phasen 0 bis 4 oder der
angegebenen Phasen aus.</translation>
    </message>
    <message>
        <source>Exit status: 0 every checkpoint passed, 1 one failed, 2 usage error, 3 cluster file,
keychain or connection problem.</source>
        <translation>Exit-Status: 0 jeder Prüfpunkt bestanden, 1 einer schlug fehl, 2 Aufruffehler, 3 Problem
mit Cluster-Datei, Schlüsselbund oder Verbindung.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Use this language (en, de, fr) instead of the system&apos;s.</source>
        <translation>Diese Sprache (en, de, fr) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, dann beenden.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>pgpilot COMMAND cluster.json [options]     (pgpilot COMMAND --help for more)</source>
        <translation>pgpilot BEFEHL cluster.json [Optionen]     (mehr mit pgpilot BEFEHL --help)</translation>
    </message>
    <message>
        <source>Without a command pgpilot opens its window: the setup wizard on cluster.json (or on an
empty worksheet), and the dashboard once the cluster is set up.</source>
        <translation>Ohne Befehl öffnet pgpilot sein Fenster: den Einrichtungsassistenten für cluster.json (oder
ein leeres Arbeitsblatt) und, sobald der Cluster eingerichtet ist, das Dashboard.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Befehle (sie brauchen keine Anzeige):</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Runs one command on the cluster&apos;s nodes in parallel over SSH and prints their output as
it arrives, each line prefixed with the node&apos;s name (| for stdout, ! for stderr).</source>
        <translation>Führt einen Befehl parallel per SSH auf den Knoten des Clusters aus und gibt ihre Ausgabe
sofort aus, jede Zeile mit dem Namen des Knotens davor (| für stdout, ! für stderr).</translation>
    </message>
    <message>
        <source>Exit status: the highest exit status of the command on any node; 255 when a node could
not be reached; 2 usage error; 3 cluster file, keychain or connection problem.</source>
        <translation>Exit-Status: der höchste Exit-Status des Befehls auf irgendeinem Knoten; 255, wenn ein
Knoten nicht erreichbar war; 2 Aufruffehler; 3 Problem mit Cluster-Datei, Schlüsselbund
oder Verbindung.</translation>
    </message>
    <message>
        <source>Run only on this node (repeatable).</source>
        <translation>Nur auf diesem Knoten ausführen (wiederholbar).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Run as this user on the nodes (default root).</source>
        <translation>Auf den Knoten als dieser Benutzer ausführen (Vorgabe root).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Seconds the command may take (default 600).</source>
        <translation>Sekunden, die der Befehl dauern darf (Vorgabe 600).</translation>
    </message>
    <message>
        <source>-- command [args...]</source>
        <translation>-- Befehl [Argumente...]</translation>
    </message>
    <message>
        <source>%1: exit %2 after %3 s
</source>
        <translation>%1: Exit-Status %2 nach %3 s
</translation>
    </message>
    <message>
        <source>%1 node(s) in %2 s
</source>
        <translation>%1 Knoten in %2 s
</translation>
    </message>
    <message>
        <source>No node matches --node.
</source>
        <translation>Kein Knoten passt zu --node.
</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>This would do: %1
Add --yes to go ahead.
</source>
        <translation>Dies würde geschehen: %1
Mit --yes fortfahren.
</translation>
    </message>
    <message>
        <source>Confirmed (--yes): %1
</source>
        <translation>Bestätigt (--yes): %1
</translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation>Was tun: %1
</translation>
    </message>
    <message>
        <source>%1 is removed from the cluster but its row could not be removed from %2: %3
</source>
        <translation>%1 ist aus dem Cluster entfernt, aber seine Zeile konnte nicht aus %2 entfernt werden: %3
</translation>
    </message>
    <message>
        <source>Removed the row of %1 from %2.
</source>
        <translation>Die Zeile von %1 wurde aus %2 entfernt.
</translation>
    </message>
    <message>
        <source>; what to do: %1</source>
        <translation>; was tun: %1</translation>
    </message>
    <message>
        <source>Exit status: 0 done and verified, 1 refused by a pre-check, a step or the
verification failed, 2 usage error or no --yes, 3 cluster file, keychain or
connection problem.</source>
        <translation>Exit-Status: 0 erledigt und geprüft, 1 von einer Vorabprüfung abgelehnt, ein Schritt oder
die Überprüfung schlug fehl, 2 Aufruffehler oder kein --yes, 3 Problem mit Cluster-Datei,
Schlüsselbund oder Verbindung.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The same as --node.</source>
        <translation>Dasselbe wie --node.</translation>
    </message>
    <message>
        <source>Delete its data directory and clone it afresh (when pg_rewind cannot bring it back).</source>
        <translation>Sein Datenverzeichnis löschen und neu klonen (wenn pg_rewind ihn nicht zurückholen kann).</translation>
    </message>
    <message>
        <source>Leave the node&apos;s row in the cluster file (by default it is removed after success).</source>
        <translation>Die Zeile des Knotens in der Cluster-Datei lassen (sonst wird sie nach Erfolg entfernt).</translation>
    </message>
    <message>
        <source>Print the commands the operation would run; contact nothing.</source>
        <translation>Die Befehle ausgeben, die die Operation ausführen würde; nichts kontaktieren.</translation>
    </message>
    <message>
        <source>One JSON object per event (pre-checks, narration, steps, the result with its figures).</source>
        <translation>Ein JSON-Objekt je Ereignis (Vorabprüfungen, Erzählung, Schritte, Ergebnis mit seinen Zahlen).</translation>
    </message>
    <message>
        <source>Do not write through the VIP to measure the outage.</source>
        <translation>Nicht über die VIP schreiben, um den Ausfall zu messen.</translation>
    </message>
    <message>
        <source>--reclone is for rejoin (and unfence) only.
</source>
        <translation>--reclone gilt nur für rejoin (und unfence).
</translation>
    </message>
    <message>
        <source>No write probe: the repmgr password is not readable (%1).
</source>
        <translation>Keine Schreibprobe: das repmgr-Passwort ist nicht lesbar (%1).
</translation>
    </message>
    <message>
        <source>
Interrupted: cancelling (nothing past the point of no return was done).
</source>
        <translation>
Unterbrochen: Abbruch (nichts nach dem Punkt ohne Rückkehr wurde ausgeführt).
</translation>
    </message>
    <message>
        <source>
Interrupted, but the operation is past its point of no return: it goes on to the end so the cluster is not left halfway. Press Ctrl+C again to quit at once (then check the cluster with `pgpilot status`).
</source>
        <translation>
Unterbrochen, aber der Vorgang ist über seinen Punkt ohne Rückkehr hinaus: Er läuft zu Ende, damit der Cluster nicht halb umgestellt bleibt. Erneut Strg+C beendet sofort (danach den Cluster mit `pgpilot status` prüfen).
</translation>
    </message>
    <message>
        <source>Makes the standby NAME the primary with repmgr&apos;s switchover after pre-checks (every
node reachable, NAME streaming with little lag, repmgrd, SSH between the nodes,
repmgr&apos;s dry run), writing through the VIP meanwhile to measure the outage, then
verifies roles, replication, the VIP and ports.</source>
        <translation>Macht den Standby NAME mit repmgrs Switchover zum Primary, nach Vorabprüfungen (jeder
Knoten erreichbar, NAME streamt mit wenig Verzögerung, repmgrd, SSH zwischen den Knoten,
Probelauf von repmgr), schreibt währenddessen über die VIP, um den Ausfall zu messen, und
prüft dann Rollen, Replikation, die VIP und die Ports.</translation>
    </message>
    <message>
        <source>The standby to promote.</source>
        <translation>Der Standby, der befördert wird.</translation>
    </message>
    <message>
        <source>Keeps NAME&apos;s PostgreSQL stopped, lifts a fence, recovers a crash in single-user mode,
then repmgr node rejoin (with pg_rewind) against the current primary and waits until it
streams. It never starts NAME as a primary. &apos;unfence&apos; is the same command.</source>
        <translation>Hält PostgreSQL auf NAME angehalten, hebt eine Abschottung auf, behebt einen Absturz im
Einzelbenutzermodus, dann repmgr node rejoin (mit pg_rewind) gegen den jetzigen Primary, und
wartet, bis er streamt. NAME startet nie als Primary. „unfence“ ist derselbe Befehl.</translation>
    </message>
    <message>
        <source>The node to rejoin.</source>
        <translation>Der Knoten, der wieder eingebunden wird.</translation>
    </message>
    <message>
        <source>The same as rejoin.</source>
        <translation>Dasselbe wie rejoin.</translation>
    </message>
    <message>
        <source>The fenced node.</source>
        <translation>Der abgeschottete Knoten.</translation>
    </message>
    <message>
        <source>Marks NAME fenced (its health service answers 503, so HAProxy and Keepalived keep it
out), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting until
the node is rejoined. Needs SSH to NAME, not its database.</source>
        <translation>Markiert NAME als abgeschottet (sein Health-Dienst antwortet mit 503, daher halten HAProxy
und Keepalived ihn heraus), hält dort repmgrd und PostgreSQL an und hindert PostgreSQL am
Starten, bis der Knoten wieder eingebunden ist. Braucht SSH zu NAME, nicht seine Datenbank.</translation>
    </message>
    <message>
        <source>The node to fence.</source>
        <translation>Der Knoten, der abgeschottet wird.</translation>
    </message>
    <message>
        <source>NAME is a row already added to the cluster file. Runs phases 1-2 on it, clones it
from the current primary, registers it, and reloads HAProxy and Keepalived on every
node (no restart).</source>
        <translation>NAME ist eine Zeile, die schon in der Cluster-Datei steht. Führt die Phasen 1-2 darauf aus,
klont ihn vom jetzigen Primary, registriert ihn und lädt HAProxy und Keepalived auf jedem
Knoten neu (kein Neustart).</translation>
    </message>
    <message>
        <source>The new node&apos;s row.</source>
        <translation>Die Zeile des neuen Knotens.</translation>
    </message>
    <message>
        <source>Stops NAME (kept from starting), unregisters it, drops its replication slot and
reloads HAProxy and Keepalived on the others without it; then removes its row from
the cluster file. Only the last row can be removed (node ids are positions).</source>
        <translation>Hält NAME an (am Starten gehindert), meldet ihn ab, löscht seinen Replikations-Slot und lädt
HAProxy und Keepalived auf den anderen ohne ihn neu; entfernt dann seine Zeile aus der
Cluster-Datei. Nur die letzte Zeile kann entfernt werden (Knoten-IDs sind Positionen).</translation>
    </message>
    <message>
        <source>The standby to remove (the last row).</source>
        <translation>Der Standby, der entfernt wird (die letzte Zeile).</translation>
    </message>
    <message>
        <source>One JSON object per event.</source>
        <translation>Ein JSON-Objekt je Ereignis.</translation>
    </message>
    <message>
        <source>Confirm: without it only the pre-checks run.</source>
        <translation>Bestätigen: ohne laufen nur die Vorabprüfungen.</translation>
    </message>
    <message>
        <source>The node the operation is about.</source>
        <translation>Der Knoten, um den es bei der Operation geht.</translation>
    </message>
    <message>
        <source>NAME=SHA256:...</source>
        <translation>NAME=SHA256:...</translation>
    </message>
    <message>
        <source>Trust this host key fingerprint for a node not yet in known_hosts (repeatable).</source>
        <translation>Diesem Host-Key-Fingerabdruck für einen Knoten vertrauen, der noch nicht in known_hosts steht (wiederholbar).</translation>
    </message>
    <message>
        <source>Read passwords from this private key=value file instead of the keychain.</source>
        <translation>Passwörter aus dieser privaten Schlüssel=Wert-Datei statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Print every output line of every node.</source>
        <translation>Jede Ausgabezeile jedes Knotens ausgeben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Keep progress and the audit log here instead of the user&apos;s data directory.</source>
        <translation>Fortschritt und Audit-Protokoll hier statt im Datenverzeichnis des Benutzers ablegen.</translation>
    </message>
    <message>
        <source>Checks a cluster file and lists every problem, each with its field.</source>
        <translation>Prüft eine Cluster-Datei und listet jedes Problem mit seinem Feld auf.</translation>
    </message>
    <message>
        <source>Exit status: 0 the worksheet is complete, 1 it has problems, 2 usage error,
3 the file cannot be read.</source>
        <translation>Exit-Status: 0 das Arbeitsblatt ist vollständig, 1 es hat Probleme, 2 Aufruffehler,
3 die Datei ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object: {&quot;ok&quot;: ..., &quot;issues&quot;: [...]}.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben: {&quot;ok&quot;: ..., &quot;issues&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Prints the whole runbook as one reviewable shell script per node (a dry run: nothing
is contacted).</source>
        <translation>Gibt das ganze Runbook als ein prüfbares Shell-Skript je Knoten aus (ein Probelauf: kein
Knoten wird kontaktiert).</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 1 a file could not be written, 2 usage error, 3 the cluster
file has problems.</source>
        <translation>Exit-Status: 0 geschrieben, 1 eine Datei konnte nicht geschrieben werden, 2 Aufruffehler,
3 die Cluster-Datei hat Probleme.</translation>
    </message>
    <message>
        <source>Write the scripts into this directory as CLUSTER-NODE.sh instead of printing them.</source>
        <translation>Die Skripte als CLUSTER-KNOTEN.sh in dieses Verzeichnis schreiben, statt sie auszugeben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2
</source>
        <translation>%1 konnte nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Polls every node once (roles, lag, health checks, HAProxy, which node holds the VIP)
and prints the snapshot with its alarms.</source>
        <translation>Fragt jeden Knoten einmal ab (Rollen, Verzögerung, Health-Prüfungen, HAProxy, welcher Knoten
die VIP hält) und gibt den Schnappschuss mit seinen Alarmen aus.</translation>
    </message>
    <message>
        <source>Exit status: 0 healthy, 1 warnings, 2 critical (or usage error), 3 cluster file or
keychain problem.</source>
        <translation>Exit-Status: 0 gesund, 1 Warnungen, 2 kritisch (oder Aufruffehler), 3 Problem mit
Cluster-Datei oder Schlüsselbund.</translation>
    </message>
    <message>
        <source>Print every snapshot until interrupted.</source>
        <translation>Jeden Schnappschuss bis zur Unterbrechung ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>
Environment:
  QT_LOGGING_RULES                turn logging on or off by category, e.g.
                                  &quot;pgpilot.ssh.debug=true;pgpilot.monitor=false&quot;
                                  (pgpilot.spec, .secrets, .ssh, .exec, .runbook,
                                  .monitor, .ops, .settings, .ui)
  QT_QPA_PLATFORM=offscreen       run the window without a display
  LANGUAGE, LANG                  the language, when --lang is not given

Settings: ~/.config/io.github.pgpilot/pgpilot.conf. Audit log, known_hosts and progress:
~/.local/share/io.github.pgpilot/pgpilot/. Passwords: the system keychain.
The user guide: /usr/share/doc/pgpilot/user-guide.md
</source>
        <translation>
Umgebung:
  QT_LOGGING_RULES                Protokollierung je Kategorie ein- oder ausschalten, z. B.
                                  &quot;pgpilot.ssh.debug=true;pgpilot.monitor=false&quot;
                                  (pgpilot.spec, .secrets, .ssh, .exec, .runbook,
                                  .monitor, .ops, .settings, .ui)
  QT_QPA_PLATFORM=offscreen       das Fenster ohne Anzeige betreiben
  LANGUAGE, LANG                  die Sprache, wenn --lang fehlt

Einstellungen: ~/.config/io.github.pgpilot/pgpilot.conf. Audit-Protokoll, known_hosts und Fortschritt:
~/.local/share/io.github.pgpilot/pgpilot/. Passwörter: der Schlüsselbund des Systems.
Das Benutzerhandbuch: /usr/share/doc/pgpilot/user-guide.md
</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Die Passphrase ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>No passphrase was given (standard input is empty).</source>
        <translation>Es wurde keine Passphrase angegeben (die Standardeingabe ist leer).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>seal the cluster&apos;s secrets into a file for another workstation</source>
        <translation>die Geheimnisse des Clusters für einen anderen Arbeitsplatz in eine Datei versiegeln</translation>
    </message>
    <message>
        <source>Seals the cluster&apos;s secrets (repmgr and application passwords, the postgres SSH key,
the nodes&apos; login secrets) from the keychain into FILE, encrypted with a passphrase, for
import-secrets on another workstation. The passphrase (at least 12 characters) is typed
twice without echo, or, when standard input is not a terminal, is its first line; it is
never taken from the arguments or the environment. FILE is created with mode 0600 and
is never overwritten. Nothing secret is printed.</source>
        <translation>Versiegelt die Geheimnisse des Clusters (repmgr- und Anwendungspasswort, den SSH-Schlüssel
von postgres, die Anmeldegeheimnisse der Knoten) aus dem Schlüsselbund in DATEI,
verschlüsselt mit einer Passphrase, für import-secrets auf einem anderen Arbeitsplatz. Die
Passphrase (mindestens 12 Zeichen) wird zweimal ohne Echo eingegeben oder ist, wenn die
Standardeingabe kein Terminal ist, deren erste Zeile; sie wird nie aus den Argumenten oder
der Umgebung genommen. DATEI wird mit Modus 0600 angelegt und nie überschrieben. Nichts
Geheimes wird ausgegeben.</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 1 refused (no secret of the cluster is stored, passphrase too
short or not the same twice, FILE exists or cannot be written), 2 usage error, 3 cluster
file or keychain problem.</source>
        <translation>Exit-Status: 0 geschrieben, 1 abgelehnt (kein Geheimnis des Clusters gespeichert, Passphrase
zu kurz oder zweimal verschieden, DATEI existiert oder kann nicht geschrieben werden),
2 Aufruffehler, 3 Problem mit Cluster-Datei oder Schlüsselbund.</translation>
    </message>
    <message>
        <source>Write the bundle to this new file.</source>
        <translation>Das Bündel in diese neue Datei schreiben.</translation>
    </message>
    <message>
        <source>export-secrets needs --out FILE.</source>
        <translation>export-secrets braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Passphrase for the bundle (at least %1 characters): </source>
        <translation>Passphrase für das Bündel (mindestens %1 Zeichen): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>Wrote %1 with these secrets of the cluster %2:
</source>
        <translation>%1 mit diesen Geheimnissen des Clusters %2 geschrieben:
</translation>
    </message>
    <message>
        <source>On the other workstation: pgpilot import-secrets %1 %2 (bring the passphrase another way than the file).
</source>
        <translation>Auf dem anderen Arbeitsplatz: pgpilot import-secrets %1 %2 (die Passphrase auf anderem Weg als die Datei dorthin bringen).
</translation>
    </message>
    <message>
        <source>store the secrets of a bundle made by export-secrets</source>
        <translation>die Geheimnisse eines Bündels von export-secrets speichern</translation>
    </message>
    <message>
        <source>Opens FILE, a bundle made by export-secrets for the same cluster, and stores its secrets
in the keychain. The passphrase is typed without echo, or, when standard input is not a
terminal, is its first line. A secret already stored with the same value is left as it
is; if any is stored with another value, nothing is written unless --replace is given.</source>
        <translation>Öffnet DATEI, ein Bündel von export-secrets für denselben Cluster, und speichert seine
Geheimnisse im Schlüsselbund. Die Passphrase wird ohne Echo eingegeben oder ist, wenn die
Standardeingabe kein Terminal ist, deren erste Zeile. Ein Geheimnis, das schon mit demselben
Wert gespeichert ist, bleibt, wie es ist; ist eines mit einem anderen Wert gespeichert, wird
nichts geschrieben, außer mit --replace.</translation>
    </message>
    <message>
        <source>Exit status: 0 imported, 1 refused (a secret holds another value and --replace was not
given, or no passphrase), 2 usage error, 3 cluster file, keychain or bundle problem (not
a bundle, wrong passphrase or changed file, another cluster&apos;s bundle).</source>
        <translation>Exit-Status: 0 importiert, 1 abgelehnt (ein Geheimnis hat einen anderen Wert und --replace
fehlt, oder keine Passphrase), 2 Aufruffehler, 3 Problem mit Cluster-Datei, Schlüsselbund
oder Bündel (kein Bündel, falsche Passphrase oder geänderte Datei, Bündel eines anderen
Clusters).</translation>
    </message>
    <message>
        <source>Overwrite secrets stored with another value (the values stored now are lost).</source>
        <translation>Mit anderem Wert gespeicherte Geheimnisse überschreiben (die jetzt gespeicherten Werte gehen verloren).</translation>
    </message>
    <message>
        <source>Store the secrets in this private key=value file instead of the keychain.</source>
        <translation>Die Geheimnisse in dieser privaten Schlüssel=Wert-Datei statt im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Passphrase von %1: </translation>
    </message>
    <message>
        <source>%1: written
</source>
        <translation>%1: geschrieben
</translation>
    </message>
    <message>
        <source>%1: replaced
</source>
        <translation>%1: ersetzt
</translation>
    </message>
    <message>
        <source>%1: unchanged
</source>
        <translation>%1: unverändert
</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>None of the secrets of the cluster %1 is stored %2 (%3); there is nothing to export.
</source>
        <translation>Keines der Geheimnisse des Clusters %1 ist %2 gespeichert (%3); es gibt nichts zu exportieren.
</translation>
    </message>
    <message>
        <source>Not stored %1, so not in the bundle: %2
</source>
        <translation>Nicht %1 gespeichert, also nicht im Bündel: %2
</translation>
    </message>
    <message>
        <source>Refused: these secrets of the bundle are stored %1 with other values: %2. Nothing was written. If the bundle&apos;s values are the right ones, run again with --replace (the values stored now are lost).
</source>
        <translation>Abgelehnt: Diese Geheimnisse des Bündels sind %1 mit anderen Werten gespeichert: %2. Nichts wurde geschrieben. Wenn die Werte des Bündels die richtigen sind, erneut mit --replace ausführen (die jetzt gespeicherten Werte gehen verloren).
</translation>
    </message>
    <message>
        <source>The secrets of the cluster %1 are stored %2 now: %3 written, %4 replaced, %5 unchanged.
</source>
        <translation>Die Geheimnisse des Clusters %1 sind jetzt %2 gespeichert: %3 geschrieben, %4 ersetzt, %5 unverändert.
</translation>
    </message>
    <message>
        <source>new passwords for repmgr and the application role</source>
        <translation>neue Passwörter für repmgr und die Anwendungsrolle</translation>
    </message>
    <message>
        <source>Makes new passwords for repmgr (and the application role, when the cluster file has one)
and keeps them in the keychain under pending keys; then the primary stores their SCRAM
verifiers, every node&apos;s .pgpass gets the new repmgr password, a login with each works on
every node, and the new passwords replace the old ones in the keychain. An interrupted
run is finished by the next. Open sessions and writes through the VIP go on.</source>
        <translation>Erzeugt neue Passwörter für repmgr (und die Anwendungsrolle, wenn die Cluster-Datei eine
hat) und legt sie unter vorläufigen Schlüsseln im Schlüsselbund ab; dann speichert der
Primary ihre SCRAM-Verifier, die .pgpass jedes Knotens erhält das neue repmgr-Passwort,
die Anmeldung mit jedem gelingt auf jedem Knoten, und die neuen Passwörter ersetzen die
alten im Schlüsselbund. Ein unterbrochener Lauf wird vom nächsten abgeschlossen. Offene
Sitzungen und Schreibzugriffe über die VIP laufen weiter.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>store the site&apos;s own CA and node certificates</source>
        <translation>die eigene CA und die Knotenzertifikate des Standorts speichern</translation>
    </message>
    <message>
        <source>For a cluster whose worksheet has tls.mode &quot;site&quot;: checks the site&apos;s CA certificate and,
for every node, its certificate (then any intermediates) and unencrypted key, then stores
them in the keychain. Each certificate must chain to the CA, be valid now, match its key
and name the node&apos;s address and the VIP as IP subject alternative names. Without
--renewal they replace the stored ones, and phase 2 writes them to the nodes; with
--renewal they wait for renew-certs, which puts them in service without a restart (the CA
must then be the one stored). Nothing is stored if any check fails. Keys are never printed.</source>
        <translation>Für einen Cluster, dessen Arbeitsblatt tls.mode „site“ hat: prüft das CA-Zertifikat des
Standorts und für jeden Knoten sein Zertifikat (danach etwaige Zwischenzertifikate) und
seinen unverschlüsselten Schlüssel und speichert sie dann im Schlüsselbund. Jedes
Zertifikat muss sich auf die CA zurückführen lassen, jetzt gültig sein, zu seinem Schlüssel
passen und die Adresse des Knotens und die VIP als IP-Subject-Alternative-Names nennen.
Ohne --renewal ersetzen sie die gespeicherten, und Phase 2 schreibt sie auf die Knoten; mit
--renewal warten sie auf renew-certs, das sie ohne Neustart in Betrieb nimmt (die CA muss
dann die gespeicherte sein). Schlägt eine Prüfung fehl, wird nichts gespeichert. Schlüssel
werden nie ausgegeben.</translation>
    </message>
    <message>
        <source>Exit status: 0 stored, 1 refused (a check failed; each reason is printed), 2 usage error,
3 cluster file, certificate file or keychain problem.</source>
        <translation>Exit-Status: 0 gespeichert, 1 abgelehnt (eine Prüfung schlug fehl; jeder Grund wird
ausgegeben), 2 Aufruffehler, 3 Problem mit Cluster-Datei, Zertifikatsdatei oder Schlüsselbund.</translation>
    </message>
    <message>
        <source>The site&apos;s CA certificate (PEM).</source>
        <translation>Das CA-Zertifikat des Standorts (PEM).</translation>
    </message>
    <message>
        <source>NAME=CERT,KEY</source>
        <translation>NAME=ZERT,SCHLÜSSEL</translation>
    </message>
    <message>
        <source>A node&apos;s certificate and key files (PEM); once for every node.</source>
        <translation>Zertifikats- und Schlüsseldatei eines Knotens (PEM); einmal für jeden Knoten.</translation>
    </message>
    <message>
        <source>Keep them for renew-certs instead of replacing the stored certificates.</source>
        <translation>Für renew-certs aufbewahren, statt die gespeicherten Zertifikate zu ersetzen.</translation>
    </message>
    <message>
        <source>import-certs needs --ca FILE and --node NAME=CERT,KEY.</source>
        <translation>import-certs braucht --ca DATEI und --node NAME=ZERT,SCHLÜSSEL.</translation>
    </message>
    <message>
        <source>--node takes NAME=CERT,KEY, not %1.</source>
        <translation>--node erwartet NAME=ZERT,SCHLÜSSEL, nicht %1.</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Refused, nothing was stored:
  %1
</source>
        <translation>Abgelehnt, nichts wurde gespeichert:
  %1
</translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation>%1: gespeichert
</translation>
    </message>
    <message>
        <source>Next: pgpilot renew-certs %1 --yes puts them in service without a restart.
</source>
        <translation>Als Nächstes: pgpilot renew-certs %1 --yes nimmt sie ohne Neustart in Betrieb.
</translation>
    </message>
    <message>
        <source>Next: pgpilot apply %1 --phase 2 writes them to the nodes (a reload, no restart).
</source>
        <translation>Als Nächstes: pgpilot apply %1 --phase 2 schreibt sie auf die Knoten (ein Neuladen, kein Neustart).
</translation>
    </message>
    <message>
        <source>new TLS certificates for every node, without a restart</source>
        <translation>neue TLS-Zertifikate für jeden Knoten, ohne Neustart</translation>
    </message>
    <message>
        <source>Verified TLS only. Issues a new key and certificate for every node from the cluster CA
(which must be in this keychain) and keeps them under pending keys; then writes them on
each node as postgres and has PostgreSQL reload them. Once every node serves its new
certificate, the new ones replace the old ones in the keychain. An interrupted run is
finished by the next. Nothing restarts: sessions, replication and writes go on.</source>
        <translation>Nur geprüftes TLS. Stellt für jeden Knoten einen neuen Schlüssel und ein neues Zertifikat
von der Cluster-CA aus (die in diesem Schlüsselbund sein muss) und legt sie unter
vorläufigen Schlüsseln ab; schreibt sie dann als postgres auf jeden Knoten und lässt
PostgreSQL sie neu laden. Sobald jeder Knoten sein neues Zertifikat präsentiert, ersetzen
die neuen die alten im Schlüsselbund. Ein unterbrochener Lauf wird vom nächsten
abgeschlossen. Nichts startet neu: Sitzungen, Replikation und Schreibzugriffe laufen weiter.</translation>
    </message>
    <message>
        <source>write a worksheet for a cluster built by hand</source>
        <translation>ein Arbeitsblatt für einen von Hand gebauten Cluster schreiben</translation>
    </message>
    <message>
        <source>Connects over SSH to one node of a repmgr cluster built without pgpilot (for example by
the guide), discovers the others from repmgr&apos;s node table and reads, on each, repmgr.conf,
PostgreSQL&apos;s settings, HAProxy&apos;s frontends and backends, Keepalived&apos;s VIP, interface and
router id, and the service on the health port. It writes a worksheet pgpilot can open,
monitor and operate, marked &quot;adopted&quot; (the monitor reads the cluster as it is built), and
stores the repmgr password found in the nodes&apos; .pgpass in the keychain (or the secrets
file). Nothing on the nodes is changed. Host keys are verified: a node pgpilot does not
know yet is refused until its fingerprint is confirmed with --accept-host-key, or is in
the --known-hosts file. Then: pgpilot status and pgpilot audit.</source>
        <translation>Verbindet sich per SSH mit einem Knoten eines ohne pgpilot gebauten repmgr-Clusters (zum Beispiel
nach der Anleitung), ermittelt die anderen aus der Knotentabelle von repmgr und liest auf jedem
repmgr.conf, die Einstellungen von PostgreSQL, Frontends und Backends von HAProxy, VIP, Schnittstelle
und Router-ID von Keepalived sowie den Dienst auf dem Health-Port. Schreibt ein Arbeitsblatt, das
pgpilot öffnen, überwachen und betreiben kann, markiert als &quot;adopted&quot; (der Monitor liest den Cluster
so, wie er gebaut ist), und speichert das in der .pgpass der Knoten gefundene repmgr-Passwort im
Schlüsselbund (oder in der Secrets-Datei). Auf den Knoten wird nichts geändert. Host-Schlüssel werden
verifiziert: Ein Knoten, den pgpilot noch nicht kennt, wird abgelehnt, bis sein Fingerprint mit
--accept-host-key bestätigt ist oder in der --known-hosts-Datei steht. Danach: pgpilot status und
pgpilot audit.</translation>
    </message>
    <message>
        <source>Exit status: 0 written (warnings, such as a node that could not be read, are printed),
1 not adopted (the reason is printed; nothing was written), 2 usage error, 3 the output
file or the keychain could not be written.</source>
        <translation>Exit-Status: 0 geschrieben (Warnungen, etwa zu einem nicht lesbaren Knoten, werden ausgegeben),
1 nicht übernommen (der Grund wird ausgegeben; nichts wurde geschrieben), 2 Aufruffehler, 3 die
Ausgabedatei oder der Schlüsselbund konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The worksheet to write (it must not exist).</source>
        <translation>Das zu schreibende Arbeitsblatt (es darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>A node of the cluster that pgpilot reaches over SSH.</source>
        <translation>Ein Knoten des Clusters, den pgpilot per SSH erreicht.</translation>
    </message>
    <message>
        <source>The cluster&apos;s name in pgpilot (keychain entries are named after it); default: the output file&apos;s name.</source>
        <translation>Name des Clusters in pgpilot (Einträge im Schlüsselbund werden danach benannt); Standard: der Name der Ausgabedatei.</translation>
    </message>
    <message>
        <source>SSH login on every node (default root).</source>
        <translation>SSH-Anmeldung auf jedem Knoten (Standard root).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH-Port (Standard 22).</translation>
    </message>
    <message>
        <source>SSH private key (without it: the SSH agent).</source>
        <translation>Privater SSH-Schlüssel (ohne: der SSH-Agent).</translation>
    </message>
    <message>
        <source>The worksheet&apos;s known_hosts file: the keys in it are trusted (default: pgpilot&apos;s own).</source>
        <translation>Die known_hosts-Datei des Arbeitsblatts: Den Schlüsseln darin wird vertraut (Standard: die eigene von pgpilot).</translation>
    </message>
    <message>
        <source>adopt needs --node ADDRESS.</source>
        <translation>adopt braucht --node ADRESSE.</translation>
    </message>
    <message>
        <source>%1 exists: adopt writes a new worksheet and never replaces one. Choose another --out.
</source>
        <translation>%1 existiert: adopt schreibt ein neues Arbeitsblatt und ersetzt nie ein vorhandenes. Wählen Sie ein anderes --out.
</translation>
    </message>
    <message>
        <source>--ssh-port takes a number.</source>
        <translation>--ssh-port erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>Host keys not known yet (check each on its node, then confirm with --accept-host-key ADDRESS=SHA256:...):
  %1
</source>
        <translation>Noch nicht bekannte Host-Schlüssel (prüfen Sie jeden auf seinem Knoten und bestätigen Sie ihn dann mit --accept-host-key ADRESSE=SHA256:...):
  %1
</translation>
    </message>
    <message>
        <source>Not adopted: %1
</source>
        <translation>Nicht übernommen: %1
</translation>
    </message>
    <message>
        <source>Adopted %1: %2; VIP %3. Worksheet: %4%5
Next: pgpilot status %4, then pgpilot audit %4.
</source>
        <translation>%1 übernommen: %2; VIP %3. Arbeitsblatt: %4%5
Als Nächstes: pgpilot status %4, danach pgpilot audit %4.
</translation>
    </message>
    <message>
        <source>; the repmgr password is stored as %1</source>
        <translation>; das repmgr-Passwort ist gespeichert als %1</translation>
    </message>
    <message>
        <source>list how the cluster differs from what pgpilot builds</source>
        <translation>auflisten, wie der Cluster von dem abweicht, was pgpilot baut</translation>
    </message>
    <message>
        <source>Reads every node of the worksheet over SSH (files, settings, units, listening services)
and lists each difference from what pgpilot would build: a guide erratum still in place or
a local change, with its risk in plain words, the evidence (file and line, or a command&apos;s
output) and the phase step that would fix it. Changes nothing. With --json: one object
whose &quot;findings&quot; list is empty when there is nothing to report; &quot;not_read&quot; lists the
nodes that could not be read.</source>
        <translation>Liest jeden Knoten des Arbeitsblatts per SSH (Dateien, Einstellungen, Units, lauschende Dienste)
und listet jede Abweichung von dem, was pgpilot bauen würde: ein noch vorhandenes Erratum der Anleitung
oder eine lokale Änderung, mit ihrem Risiko in einfachen Worten, dem Beleg (Datei und Zeile oder die
Ausgabe eines Befehls) und dem Schritt der Phase, der sie beheben würde. Ändert nichts. Mit --json: ein
Objekt, dessen Liste &quot;findings&quot; leer ist, wenn nichts zu melden ist; &quot;not_read&quot; listet die
Knoten, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>Exit status: 0 no finding, 1 findings, 2 usage error, 3 cluster file problem or no node
could be read.</source>
        <translation>Exit-Status: 0 keine Abweichung, 1 Abweichungen, 2 Aufruffehler, 3 Problem mit der Cluster-Datei oder
kein Knoten konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Host keys not known yet (check each on its node, then confirm with --accept-host-key NAME=SHA256:...):
  %1
</source>
        <translation>Noch nicht bekannte Host-Schlüssel (prüfen Sie jeden auf seinem Knoten und bestätigen Sie ihn dann mit --accept-host-key NAME=SHA256:...):
  %1
</translation>
    </message>
    <message>
        <source>
Read-only: pgpilot check %1 (the checkpoints), pgpilot audit %1.
</source>
        <translation>
Nur lesend: pgpilot check %1 (die Checkpoints), pgpilot audit %1.
</translation>
    </message>
    <message>
        <source>%1 needs --%2 FILE.</source>
        <translation>%1 braucht --%2 DATEI.</translation>
    </message>
    <message>
        <source>Show, per node and file, what the phase would change and which services it would reload, restart or stop; change nothing.</source>
        <translation>Pro Knoten und Datei anzeigen, was die Phase ändern würde und welche Dienste sie neu laden, neu starten oder stoppen würde; nichts ändern.</translation>
    </message>
    <message>
        <source>%1 was adopted: pgpilot converges it one phase at a time. Look at what a phase would change with
  pgpilot apply %1 --phase N --preview
then apply it with --phase N --yes (N from 1 to 4, in order).
</source>
        <translation>%1 wurde übernommen: pgpilot gleicht ihn Phase für Phase an. Was eine Phase ändern würde, zeigt
  pgpilot apply %1 --phase N --preview
danach mit --phase N --yes anwenden (N von 1 bis 4, der Reihe nach).
</translation>
    </message>
    <message>
        <source>%1 was adopted: phase %2 changes a cluster in service. Look at what it would change first:
  pgpilot apply %1 --phase %2 --preview
then add --yes to apply it.
</source>
        <translation>%1 wurde übernommen: Phase %2 ändert einen Cluster im Betrieb. Zuerst ansehen, was sie ändern würde:
  pgpilot apply %1 --phase %2 --preview
danach --yes hinzufügen, um sie anzuwenden.
</translation>
    </message>
    <message>
        <source>Phase %1 converged, but %2 could not be rewritten to say so: %3
</source>
        <translation>Phase %1 angeglichen, aber %2 konnte nicht entsprechend neu geschrieben werden: %3
</translation>
    </message>
    <message>
        <source>Phase %1 converged; %2 records it.
</source>
        <translation>Phase %1 angeglichen; %2 hält dies fest.
</translation>
    </message>
    <message>
        <source>Phase %1 converged: the cluster is now set up as pgpilot builds it, and %2 is an ordinary pgpilot worksheet.
</source>
        <translation>Phase %1 angeglichen: Der Cluster ist jetzt so eingerichtet, wie pgpilot ihn aufbaut, und %2 ist ein gewöhnliches pgpilot-Arbeitsblatt.
</translation>
    </message>
    <message>
        <source>Log in with a password (the entry --login-secret names) instead of a key or the agent.</source>
        <translation>Mit einem Passwort anmelden (dem Eintrag, den --login-secret nennt) statt mit einem Schlüssel oder dem Agenten.</translation>
    </message>
    <message>
        <source>none|nopasswd|password</source>
        <translation>none|nopasswd|password</translation>
    </message>
    <message>
        <source>How the login becomes root: none (it is root), nopasswd (sudo without a password) or password (sudo asks for the login&apos;s password).</source>
        <translation>Wie die Anmeldung root wird: none (sie ist root), nopasswd (sudo ohne Passwort) oder password (sudo fragt nach dem Passwort der Anmeldung).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>The keychain entry (or --secrets-file key) holding the login&apos;s password: for --ssh-password, --sudo password or a key&apos;s passphrase. The worksheet names it too; the password itself is never asked for on the command line.</source>
        <translation>Der Schlüsselbund-Eintrag (oder Schlüssel in --secrets-file) mit dem Passwort der Anmeldung: für --ssh-password, --sudo password oder die Passphrase eines Schlüssels. Das Arbeitsblatt nennt ihn ebenfalls; das Passwort selbst wird nie auf der Befehlszeile verlangt.</translation>
    </message>
    <message>
        <source>--ssh-password and --key exclude each other.</source>
        <translation>--ssh-password und --key schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--sudo takes none, nopasswd or password.</source>
        <translation>--sudo nimmt none, nopasswd oder password.</translation>
    </message>
    <message>
        <source>--login-secret: %1 is not a keychain entry name (letters, digits, &apos;:&apos;, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>--login-secret: %1 ist kein Name eines Schlüsselbund-Eintrags (Buchstaben, Ziffern, &apos;:&apos;, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>A password login or sudo password needs --login-secret KEY: the entry of the keychain (or of --secrets-file) that holds the password.</source>
        <translation>Eine Anmeldung mit Passwort oder ein sudo-Passwort braucht --login-secret SCHLÜSSEL: den Eintrag im Schlüsselbund (oder in --secrets-file), der das Passwort enthält.</translation>
    </message>
    <message>
        <source>%1 (cleared)</source>
        <translation>%1 (behoben)</translation>
    </message>
    <message>
        <source>%1 %2 incident %3: %4 %5 (%6): %7
</source>
        <translation>%1 %2 Vorfall %3: %4 %5 (%6): %7
</translation>
    </message>
    <message>
        <source>watch clusters without a window and send notifications</source>
        <translation>Cluster ohne Fenster überwachen und Benachrichtigungen senden</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>POST each notification here (http or https; a URL with a token belongs in the keychain: --webhook-secret).</source>
        <translation>Jede Benachrichtigung hierher senden (http oder https; eine URL mit Token gehört in den Schlüsselbund: --webhook-secret).</translation>
    </message>
    <message>
        <source>Read the webhook&apos;s URL from this keychain entry (or --secrets-file key).</source>
        <translation>Die URL des Webhooks aus diesem Schlüsselbund-Eintrag (oder Schlüssel in --secrets-file) lesen.</translation>
    </message>
    <message>
        <source>warning|critical</source>
        <translation>warning|critical</translation>
    </message>
    <message>
        <source>Notify alarms from this severity on (default warning).</source>
        <translation>Alarme ab diesem Schweregrad melden (Standard warning).</translation>
    </message>
    <message>
        <source>An incident is over after this long without an alarm (default 30).</source>
        <translation>Ein Vorfall ist nach so langer Zeit ohne Alarm vorbei (Standard 30).</translation>
    </message>
    <message>
        <source>Notify an open incident again after this long (default 14400; 0: never).</source>
        <translation>Einen offenen Vorfall nach dieser Zeit erneut melden (Standard 14400; 0: nie).</translation>
    </message>
    <message>
        <source>Print each notification as its webhook JSON.</source>
        <translation>Jede Benachrichtigung als ihr Webhook-JSON ausgeben.</translation>
    </message>
    <message>
        <source>--min-severity takes warning or critical.</source>
        <translation>--min-severity nimmt warning oder critical.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds.</source>
        <translation>--%1 nimmt eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--webhook and --webhook-secret exclude each other.</source>
        <translation>--webhook und --webhook-secret schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>The webhook: %1.</source>
        <translation>Der Webhook: %1.</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: cannot watch: %2
</source>
        <translation>%1: kann nicht überwacht werden: %2
</translation>
    </message>
    <message numerus="yes">
        <source>watching %1 (%n node(s))
</source>
        <translation>
            <numerusform>überwache %1 (%n Knoten)
</numerusform>
            <numerusform>überwache %1 (%n Knoten)
</numerusform>
        </translation>
    </message>
    <message>
        <source>print the stored history of the cluster</source>
        <translation>den gespeicherten Verlauf des Clusters ausgeben</translation>
    </message>
    <message>
        <source>Prints the history the monitor recorded for the cluster (kept 30 days): the timeline
of events, the incidents and the times nothing was recorded; with --at the
cluster as it was then; with --bundle one .tar file of an incident to attach to a
post-mortem (frames, events, the audit log&apos;s entries, a summary; secrets masked).
TIME: ISO 8601 (2026-11-26T10:00:00Z; without an offset it is UTC; 2026-11-26 is
midnight), now, or relative: -90s, -30m, -2h, -7d.</source>
        <translation>Gibt den Verlauf aus, den der Monitor für den Cluster aufgezeichnet hat (30 Tage aufbewahrt): die
Zeitachse der Ereignisse, die Vorfälle und die Zeiten, in denen nichts aufgezeichnet wurde; mit --at
den Cluster, wie er damals war; mit --bundle eine .tar-Datei eines Vorfalls zum Anhängen an eine
Post-mortem-Analyse (Schnappschüsse, Ereignisse, die Einträge des Audit-Protokolls, eine
Zusammenfassung; Geheimnisse maskiert). ZEIT: ISO 8601 (2026-11-26T10:00:00Z; ohne Offset ist es
UTC; 2026-11-26 ist Mitternacht), now oder relativ: -90s, -30m, -2h, -7d.</translation>
    </message>
    <message>
        <source>Exit status: 0 printed or written, 1 nothing stored for that time, 2 usage error, 3
cluster file problem or the bundle cannot be written.</source>
        <translation>Exit-Status: 0 ausgegeben oder geschrieben, 1 nichts für diese Zeit gespeichert, 2 Aufruffehler,
3 Problem mit der Cluster-Datei, oder das Bündel kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>From this time on (default -24h).</source>
        <translation>Ab dieser Zeit (Standard -24h).</translation>
    </message>
    <message>
        <source>Up to this time (default now).</source>
        <translation>Bis zu dieser Zeit (Standard now).</translation>
    </message>
    <message>
        <source>Print the events only (no incidents, no gaps).</source>
        <translation>Nur die Ereignisse ausgeben (keine Vorfälle, keine Lücken).</translation>
    </message>
    <message>
        <source>Print the cluster as it was at this time.</source>
        <translation>Den Cluster ausgeben, wie er zu dieser Zeit war.</translation>
    </message>
    <message>
        <source>FILE.tar</source>
        <translation>DATEI.tar</translation>
    </message>
    <message>
        <source>Write the incident bundle of --since to --until (default: around the last incident) to this new file.</source>
        <translation>Das Vorfallsbündel von --since bis --until (Standard: um den letzten Vorfall herum) in diese neue Datei schreiben.</translation>
    </message>
    <message>
        <source>Print JSON, one object a line.</source>
        <translation>JSON ausgeben, ein Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>The bundle takes the audit log from here (as apply --state-dir wrote it) instead of the user&apos;s data directory.</source>
        <translation>Das Bündel nimmt das Audit-Protokoll von hier (wie apply --state-dir es geschrieben hat) statt aus dem Datenverzeichnis des Benutzers.</translation>
    </message>
    <message>
        <source>--%1 %2: not a time (ISO 8601 such as 2026-11-26T10:00:00Z, now, or -30m, -2h, -7d).</source>
        <translation>--%1 %2: keine Zeitangabe (ISO 8601 wie 2026-11-26T10:00:00Z, now oder -30m, -2h, -7d).</translation>
    </message>
    <message>
        <source>--at prints one moment: it takes none of --since, --until, --events, --bundle.</source>
        <translation>--at gibt einen Zeitpunkt aus: es nimmt keine der Optionen --since, --until, --events, --bundle.</translation>
    </message>
    <message>
        <source>--since %1 is after --until %2.</source>
        <translation>--since %1 liegt nach --until %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history were not valid and were skipped.
</source>
        <translation>
            <numerusform>%n Zeile des Verlaufs war ungültig und wurde übersprungen.
</numerusform>
            <numerusform>%n Zeilen des Verlaufs waren ungültig und wurden übersprungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored for %1 at or before %2 (in %3).
</source>
        <translation>Für %1 ist um oder vor %2 nichts gespeichert (in %3).
</translation>
    </message>
    <message>
        <source>Nothing was recorded at %1 (from %2 to %3: pgpilot was not running, or its monitor stalled). The cluster as last recorded before:
</source>
        <translation>Um %1 wurde nichts aufgezeichnet (von %2 bis %3: pgpilot lief nicht, oder sein Monitor hing). Der Cluster, wie er zuletzt davor aufgezeichnet wurde:
</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No history is stored for %1 (in %2): pgpilot watch or the window records it while they run.
</source>
        <translation>Für %1 ist kein Verlauf gespeichert (in %2): pgpilot watch oder das Fenster zeichnen ihn auf, während sie laufen.
</translation>
    </message>
    <message>
        <source>history of %1 from %2 to %3 (stored: %4 to %5)
</source>
        <translation>Verlauf von %1 von %2 bis %3 (gespeichert: %4 bis %5)
</translation>
    </message>
    <message>
        <source>nothing recorded until %1</source>
        <translation>nichts aufgezeichnet bis %1</translation>
    </message>
    <message>
        <source>incidents: %1
</source>
        <translation>Vorfälle: %1
</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>--bundle takes both --since and --until, or neither (the last incident).</source>
        <translation>--bundle nimmt sowohl --since als auch --until oder keines von beiden (der letzte Vorfall).</translation>
    </message>
    <message>
        <source>No incident is stored for %1: give the window with --since and --until.
</source>
        <translation>Für %1 ist kein Vorfall gespeichert: das Zeitfenster mit --since und --until angeben.
</translation>
    </message>
    <message>
        <source>The last incident&apos;s window: %1 to %2.
</source>
        <translation>Zeitfenster des letzten Vorfalls: %1 bis %2.
</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history or the audit log were not valid and were left out.
</source>
        <translation>
            <numerusform>%n Zeile des Verlaufs oder des Audit-Protokolls war ungültig und wurde weggelassen.
</numerusform>
            <numerusform>%n Zeilen des Verlaufs oder des Audit-Protokolls waren ungültig und wurden weggelassen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 frame(s), %3 event(s), %4 audit entries, %5 to %6
</source>
        <translation>%1: Schnappschüsse: %2, Ereignisse: %3, Audit-Einträge: %4, %5 bis %6
</translation>
    </message>
    <message>
        <source>Also print the timeline&apos;s events, with what repmgr recorded on the nodes while no pgpilot watched (with --watch: each event as it comes).</source>
        <translation>Auch die Ereignisse der Zeitachse ausgeben, mit dem, was repmgr auf den Knoten aufgezeichnet hat, während kein pgpilot überwachte (mit --watch: jedes Ereignis, sobald es eintritt).</translation>
    </message>
    <message>
        <source>Exit status: 130/143 stopped by SIGINT/SIGTERM (after the pending deliveries, at most
10 s), 2 usage error, 3 cluster file, notification configuration, keychain or monitor
problem. With --test: 0 when every channel delivered, 1 when one did not.</source>
        <translation>Exit-Status: 130/143 durch SIGINT/SIGTERM beendet (nach den ausstehenden Zustellungen, höchstens
10 s), 2 Aufruffehler, 3 Problem mit Cluster-Datei, Benachrichtigungskonfiguration, Schlüsselbund
oder Monitor. Mit --test: 0, wenn jeder Kanal zugestellt hat, 1, wenn einer nicht zugestellt hat.</translation>
    </message>
    <message>
        <source>Channels (webhook, e-mail over SMTP, desktop), policy and per-alarm rules from this JSON file; the options below override its policy and webhook.</source>
        <translation>Kanäle (Webhook, E-Mail über SMTP, Desktop), Richtlinie und Regeln je Alarm aus dieser JSON-Datei; die folgenden Optionen überschreiben deren Richtlinie und Webhook.</translation>
    </message>
    <message>
        <source>Show each notification on the desktop too (freedesktop notifications, session bus).</source>
        <translation>Jede Benachrichtigung auch auf dem Desktop anzeigen (freedesktop-Benachrichtigungen, Session-Bus).</translation>
    </message>
    <message>
        <source>Send one test notification (state &quot;test&quot;) to every channel, print each one&apos;s result and exit: 0 only when all delivered.</source>
        <translation>Eine Testbenachrichtigung (Zustand &quot;test&quot;) an jeden Kanal senden, das Ergebnis jedes Kanals ausgeben und beenden: 0 nur, wenn alle zugestellt haben.</translation>
    </message>
    <message>
        <source>Announce an incident that starts with warnings this long after its first alarm, with
every alarm seen by then (default 1). A critical alarm is announced at once.</source>
        <translation>Einen Vorfall, der mit Warnungen beginnt, so lange nach seinem ersten Alarm melden, mit
allen bis dahin gesehenen Alarmen (Standard 1). Ein kritischer Alarm wird sofort gemeldet.</translation>
    </message>
    <message>
        <source>Critical alarms wait the group wait too (the behaviour before this option existed).</source>
        <translation>Auch kritische Alarme warten die Gruppierungszeit ab (das Verhalten, bevor es diese Option gab).</translation>
    </message>
    <message>
        <source>Keep no history on disk (by default each cluster&apos;s snapshots and events are kept,
docs/history.md).</source>
        <translation>Keinen Verlauf auf der Platte aufbewahren (standardmäßig werden die Schnappschüsse und Ereignisse
jedes Clusters aufbewahrt, docs/history.md).</translation>
    </message>
    <message>
        <source>The notifications: %1
</source>
        <translation>Die Benachrichtigungen: %1
</translation>
    </message>
    <message>
        <source>--test needs a channel: --notify-config, --webhook, --webhook-secret or --desktop.</source>
        <translation>--test braucht einen Kanal: --notify-config, --webhook, --webhook-secret oder --desktop.</translation>
    </message>
    <message>
        <source>%1: NOT delivered: %2
</source>
        <translation>%1: NICHT zugestellt: %2
</translation>
    </message>
    <message>
        <source>%1: delivered: %2
</source>
        <translation>%1: zugestellt: %2
</translation>
    </message>
    <message>
        <source>Only this phase (0-5, 6 with a backup repository).</source>
        <translation>Nur diese Phase (0-5, 6 mit einem Backup-Repository).</translation>
    </message>
    <message>
        <source>Phase 6 (backups) needs a backup repository: set archiving.mode to pgbackrest and fill the backup section of %1.
</source>
        <translation>Phase 6 (Backups) braucht ein Backup-Repository: archiving.mode auf pgbackrest setzen und den Abschnitt backup von %1 ausfüllen.
</translation>
    </message>
    <message>
        <source>Phases run from 0 to %1; %2..%3 is not a range of them.
</source>
        <translation>Die Phasen laufen von 0 bis %1; %2..%3 ist kein Bereich davon.
</translation>
    </message>
    <message>
        <source>carry out the runbook&apos;s phases 0-5 (6: backups) over SSH</source>
        <translation>die Phasen 0-5 des Runbooks (6: Backups) per SSH ausführen</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>full, diff or incr (default incr; a full one when the repository has none).</source>
        <translation>full, diff oder incr (Vorgabe incr; ein Voll-Backup, wenn das Repository noch keines hat).</translation>
    </message>
    <message>
        <source>ISO 8601 with its zone, e.g. 2026-12-05T10:15:00Z: the cluster is restored to it.</source>
        <translation>ISO 8601 mit Zeitzone, z. B. 2026-12-05T10:15:00Z: Der Cluster wird auf diesen Zeitpunkt wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 takes no node: it works on the whole cluster.
</source>
        <translation>%1 erwartet keinen Knoten: Der Befehl wirkt auf den ganzen Cluster.
</translation>
    </message>
    <message>
        <source>--type is for backup only.
</source>
        <translation>--type gilt nur für backup.
</translation>
    </message>
    <message>
        <source>--target-time is for restore only.
</source>
        <translation>--target-time gilt nur für restore.
</translation>
    </message>
    <message>
        <source>take a pgBackRest backup now (full, diff or incr)</source>
        <translation>jetzt ein pgBackRest-Backup erstellen (full, diff oder incr)</translation>
    </message>
    <message>
        <source>Needs a backup repository (phase 6). Pre-checks that the stanza answers, that no backup
runs and that the repository has room; then the repository host takes the backup, its
files read from a standby; then verifies that the newest backup is this one, without
error, and prints its size, duration and throughput.</source>
        <translation>Braucht ein Backup-Repository (Phase 6). Prüft vorab, ob die Stanza antwortet, kein Backup
läuft und das Repository Platz hat; dann erstellt der Repository-Host das Backup, dessen
Dateien von einem Standby gelesen werden; danach wird geprüft, ob das neueste Backup dieses
ist, ohne Fehler, und seine Größe, Dauer und sein Durchsatz werden ausgegeben.</translation>
    </message>
    <message>
        <source>prove the backups restore: a scratch restore on the repository host</source>
        <translation>beweisen, dass sich die Backups wiederherstellen lassen: eine Probe-Wiederherstellung auf dem Repository-Host</translation>
    </message>
    <message>
        <source>Writes a marker row on the primary and has its WAL archived; then the repository host
restores the newest backup and every archived WAL segment into a scratch cluster,
starts it, finds the marker row, reports the time taken and the recovery point, and
removes the scratch cluster. The cluster&apos;s nodes only write the marker.</source>
        <translation>Schreibt eine Markierungszeile auf den Primary und lässt ihr WAL archivieren; dann stellt
der Repository-Host das neueste Backup und jedes archivierte WAL-Segment in einem
temporären Cluster wieder her, startet ihn, findet die Markierungszeile, meldet die
benötigte Zeit und den Wiederherstellungspunkt und entfernt den temporären Cluster. Die
Knoten des Clusters schreiben nur die Markierung.</translation>
    </message>
    <message>
        <source>point-in-time recovery of the whole cluster</source>
        <translation>Point-in-Time-Recovery des ganzen Clusters</translation>
    </message>
    <message>
        <source>Brings the whole cluster back to --target-time. Pre-checks refuse a time in the future or
before the oldest backup; then the repository host rehearses the restore in a scratch
cluster and stops there if the repository cannot reach that time. Then it stops repmgrd,
the health service and PostgreSQL everywhere, restores the worksheet&apos;s primary to that
time, clones the others from it, starts the services again, verifies roles, the VIP and
ports, and takes a full backup of the new timeline. Transactions after the time are gone
from the cluster.</source>
        <translation>Bringt den ganzen Cluster auf --target-time zurück. Vorprüfungen lehnen eine Zeit in der
Zukunft oder vor dem ältesten Backup ab; dann probt der Repository-Host die Wiederherstellung
in einem temporären Cluster und hält dort an, wenn das Repository diese Zeit nicht erreicht.
Dann stoppt er repmgrd, den Health-Dienst und PostgreSQL überall, stellt den Primary des
Arbeitsblatts auf diese Zeit wieder her, klont die anderen von ihm, startet die Dienste wieder,
prüft Rollen, VIP und Ports und nimmt ein Voll-Backup der neuen Timeline. Transaktionen nach
dieser Zeit sind aus dem Cluster verschwunden.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>How long failover may stay paused before every dashboard and pgpilot watch raise an alarm: 30m, 2h, 1h30m (default 60m, at most 24h).</source>
        <translation>Wie lange das Failover pausiert bleiben darf, bevor jedes Dashboard und pgpilot watch Alarm auslösen: 30m, 2h, 1h30m (Standard 60m, höchstens 24h).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Why (one line, shown with the pause on every dashboard and in its alarm).</source>
        <translation>Warum (eine Zeile, angezeigt mit der Pause auf jedem Dashboard und in ihrem Alarm).</translation>
    </message>
    <message>
        <source>--window and --reason are for pause only.
</source>
        <translation>--window und --reason gibt es nur für pause.
</translation>
    </message>
    <message>
        <source>pause automatic failover for a maintenance window</source>
        <translation>automatisches Failover für ein Wartungsfenster pausieren</translation>
    </message>
    <message>
        <source>Pre-checks that every node answers, that repmgrd runs everywhere and that repmgr&apos;s dry run
reaches every node from the primary; then records the window (--window, who, --reason)
in the cluster and runs repmgr service pause on the primary; then verifies that every
node reports repmgrd paused. Every dashboard, the wall and pgpilot watch show the pause
and raise a critical alarm once the window has passed. Pausing a paused cluster says so
and records the new window.</source>
        <translation>Prüft vorab, dass jeder Knoten antwortet, dass repmgrd überall läuft und dass der Probelauf
von repmgr vom Primary aus jeden Knoten erreicht; zeichnet dann das Zeitfenster (--window,
wer, --reason) im Cluster auf und führt repmgr service pause auf dem Primary aus; prüft dann,
dass jeder Knoten repmgrd als pausiert meldet. Jedes Dashboard, die Wand und pgpilot watch
zeigen die Pause an und lösen einen kritischen Alarm aus, sobald das Zeitfenster abgelaufen
ist. Ein pausierter Cluster meldet dies beim erneuten Pausieren und zeichnet das neue Zeitfenster auf.</translation>
    </message>
    <message>
        <source>resume automatic failover</source>
        <translation>automatisches Failover fortsetzen</translation>
    </message>
    <message>
        <source>The same pre-checks as pause; then repmgr service unpause on the primary and the recorded
window closed; then verifies that repmgrd runs unpaused on every node and that repmgr
sees one primary and every standby running. Unpausing a running cluster says so.</source>
        <translation>Dieselben Vorabprüfungen wie bei pause; dann repmgr service unpause auf dem Primary und das
aufgezeichnete Zeitfenster geschlossen; dann wird geprüft, dass repmgrd auf jedem Knoten ohne
Pause läuft und repmgr einen Primary und jeden Standby laufend sieht. Das Fortsetzen eines
laufenden Clusters meldet dies.</translation>
    </message>
    <message>
        <source>The standby to switch over to (default: the first standby of the cluster file).</source>
        <translation>Der Standby, auf den umgeschaltet wird (Vorgabe: der erste Standby der Cluster-Datei).</translation>
    </message>
    <message>
        <source>End with a switchover back to the node that was primary at the start.</source>
        <translation>Mit einem Switchover zurück auf den Knoten enden, der zu Beginn Primary war.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Comma-separated: postgresql, repmgr, haproxy, keepalived, pgbackrest.</source>
        <translation>Kommagetrennt: postgresql, repmgr, haproxy, keepalived, pgbackrest.</translation>
    </message>
    <message>
        <source>--switch-back is for rolling-restart and upgrade.
</source>
        <translation>--switch-back gilt nur für rolling-restart und upgrade.
</translation>
    </message>
    <message>
        <source>Give the packages to upgrade with --packages (e.g. postgresql,repmgr).
</source>
        <translation>Die zu aktualisierenden Pakete mit --packages angeben (z. B. postgresql,repmgr).
</translation>
    </message>
    <message>
        <source>--packages is for upgrade only.
</source>
        <translation>--packages gilt nur für upgrade.
</translation>
    </message>
    <message>
        <source>restart PostgreSQL everywhere, one node at a time</source>
        <translation>PostgreSQL überall neu starten, ein Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>For settings that need a restart. Pre-checks that every node answers, one primary, every
standby streaming, repmgrd and SSH. Then restarts the standbys one at a time (each must
stream and catch up before the next), switches over to a caught-up standby (--to, or the
first standby of the cluster file) so that repmgr restarts the old primary as its standby,
and with --switch-back switches back. Writes through the VIP pause once per switchover;
the outage is measured. Verifies that every node restarted and nothing waits for one.</source>
        <translation>Für Einstellungen, die einen Neustart brauchen. Vorabprüfungen: jeder Knoten antwortet, ein
Primary, jeder Standby streamt, repmgrd und SSH. Startet dann die Standbys einzeln neu (jeder
muss streamen und aufholen, bevor der nächste an der Reihe ist), schaltet auf einen Standby
um, der aufgeholt hat (--to oder der erste Standby der Cluster-Datei), sodass repmgr den alten
Primary als dessen Standby neu startet, und schaltet mit --switch-back zurück. Schreibzugriffe
über die VIP pausieren einmal je Switchover; der Ausfall wird gemessen. Prüft, dass jeder
Knoten neu gestartet wurde und nichts auf einen Neustart wartet.</translation>
    </message>
    <message>
        <source>rolling minor upgrade of the cluster&apos;s packages</source>
        <translation>rollierendes Minor-Upgrade der Pakete des Clusters</translation>
    </message>
    <message>
        <source>Installs the new versions the nodes&apos; package source offers for --packages, in the order of
rolling-restart: the standbys one at a time (apt-get install, only upgrades, then whatever runs
an old binary restarts, then the node must stream and catch up), a switchover, the old
primary, ALTER EXTENSION repmgr UPDATE. The pre-checks run apt-get update and print a table
of node, package, installed and new version; they refuse when nothing is newer or when
nodes would get different versions. A node whose upgrade fails stops the operation there;
run it again once fixed: nodes already done are skipped.</source>
        <translation>Installiert die neuen Versionen, die die Paketquelle der Knoten für --packages anbietet, in der
Reihenfolge von rolling-restart: die Standbys einzeln (apt-get install, nur Upgrades, dann wird
neu gestartet, was noch eine alte Binärdatei ausführt, dann muss der Knoten streamen und aufholen),
ein Switchover, der alte Primary, ALTER EXTENSION repmgr UPDATE. Die Vorabprüfungen führen
apt-get update aus und zeigen eine Tabelle mit Knoten, Paket, installierter und neuer Version;
sie lehnen ab, wenn nichts neuer ist oder Knoten verschiedene Versionen bekämen. Scheitert das
Upgrade eines Knotens, endet die Operation dort; danach erneut starten: fertige Knoten werden übersprungen.</translation>
    </message>
    <message>
        <source>Do not run it now: schedule it for TIME (ISO 8601 with its zone, e.g. 2026-12-06T02:00:00Z, at most 30 days ahead). A running pgpilot watch runs it; pgpilot schedule lists and cancels.</source>
        <translation>Nicht jetzt ausführen: für ZEIT planen (ISO 8601 mit Zeitzone, z. B. 2026-12-06T02:00:00Z, höchstens 30 Tage im Voraus). Ein laufendes pgpilot watch führt sie aus; pgpilot schedule listet auf und sagt ab.</translation>
    </message>
    <message>
        <source>With --at: the dashboards and pgpilot watch raise a reminder this long before it starts (default 15m; 0: none).</source>
        <translation>Mit --at: Die Dashboards und pgpilot watch zeigen so lange vor dem Start eine Erinnerung an (Standard 15m; 0: keine).</translation>
    </message>
    <message>
        <source>--at and --remind are for switchover, rolling-restart and upgrade.
</source>
        <translation>--at und --remind gelten für switchover, rolling-restart und upgrade.
</translation>
    </message>
    <message>
        <source>--remind goes with --at (the time the operation is scheduled for).
</source>
        <translation>--remind gehört zu --at (dem Zeitpunkt, für den die Operation geplant ist).
</translation>
    </message>
    <message>
        <source>list or cancel scheduled operations</source>
        <translation>geplante Operationen auflisten oder absagen</translation>
    </message>
    <message>
        <source>Lists the operations scheduled with --at (switchover, rolling-restart, upgrade) as
recorded in the cluster, the newest 50: when, what, who asked, and the state
(scheduled, running, done, failed, cancelled) with the result. --cancel ID calls off
one that has not started. A running pgpilot watch with this cluster&apos;s secrets runs
each when it is due.</source>
        <translation>Listet die mit --at geplanten Operationen (switchover, rolling-restart, upgrade) so auf, wie sie
im Cluster aufgezeichnet sind, die neuesten 50: wann, was, wer sie angefordert hat, und den
Zustand (scheduled, running, done, failed, cancelled) mit dem Ergebnis. --cancel ID sagt eine
noch nicht gestartete ab. Ein laufendes pgpilot watch mit den Geheimnissen dieses Clusters
führt jede aus, sobald sie fällig ist.</translation>
    </message>
    <message>
        <source>Exit status: 0 listed or cancelled, 1 nothing to cancel (not found, or already
started or finished), 2 usage error or no --yes, 3 cluster file, keychain or
connection problem.</source>
        <translation>Exit-Status: 0 aufgelistet oder abgesagt, 1 nichts abzusagen (nicht gefunden oder bereits
gestartet oder beendet), 2 Aufruffehler oder kein --yes, 3 Problem mit Cluster-Datei,
Schlüsselbund oder Verbindung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cancel the scheduled operation with this id.</source>
        <translation>Die geplante Operation mit dieser ID absagen.</translation>
    </message>
    <message>
        <source>Confirm --cancel: without it nothing changes.</source>
        <translation>--cancel bestätigen: ohne dies ändert sich nichts.</translation>
    </message>
    <message>
        <source>The list (or the cancellation) as one JSON object.</source>
        <translation>Die Liste (oder die Absage) als ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>--cancel takes the id pgpilot schedule lists (a number).</source>
        <translation>--cancel nimmt die ID, die pgpilot schedule auflistet (eine Zahl).</translation>
    </message>
    <message>
        <source>This would cancel scheduled operation #%1 of cluster %2.
Add --yes to go ahead.
</source>
        <translation>Dies würde die geplante Operation #%1 von Cluster %2 absagen.
Mit --yes fortfahren.
</translation>
    </message>
    <message>
        <source>Cancelled scheduled operation #%1.
</source>
        <translation>Geplante Operation #%1 abgesagt.
</translation>
    </message>
    <message>
        <source>No scheduled operation #%1 on cluster %2: pgpilot schedule lists them.
</source>
        <translation>Keine geplante Operation #%1 auf Cluster %2: pgpilot schedule listet sie auf.
</translation>
    </message>
    <message>
        <source>Scheduled operation #%1 is %2, not scheduled: only one that has not started can be cancelled.
</source>
        <translation>Die geplante Operation #%1 ist im Zustand %2, nicht scheduled: Nur eine noch nicht gestartete kann abgesagt werden.
</translation>
    </message>
    <message>
        <source>No operations scheduled on cluster %1.
</source>
        <translation>Auf Cluster %1 sind keine Operationen geplant.
</translation>
    </message>
    <message>
        <source>%1 on cluster %2 at %3 (reminder %4 min before)</source>
        <translation>%1 auf Cluster %2 um %3 (Erinnerung %4 min vorher)</translation>
    </message>
    <message>
        <source>This would schedule: %1.
Add --yes to go ahead.
</source>
        <translation>Dies würde geplant: %1.
Mit --yes fortfahren.
</translation>
    </message>
    <message>
        <source>The primary (%1) did not say which id it recorded: %2
</source>
        <translation>Der Primary (%1) hat nicht gemeldet, welche ID er aufgezeichnet hat: %2
</translation>
    </message>
    <message>
        <source>Scheduled #%1: %2, requested by %3 (recorded on %4).
A running pgpilot watch with this cluster&apos;s secrets runs it when it is due; pgpilot schedule lists it and --cancel %1 --yes calls it off.
</source>
        <translation>Geplant #%1: %2, angefordert von %3 (aufgezeichnet auf %4).
Ein laufendes pgpilot watch mit den Geheimnissen dieses Clusters führt sie aus, sobald sie fällig ist; pgpilot schedule listet sie auf, und --cancel %1 --yes sagt sie ab.
</translation>
    </message>
    <message>
        <source>Runs the dashboard&apos;s monitor on every cluster file given, until interrupted. Its alarms
become incidents, one at a time per cluster: a notification when one opens, gets
critical, is still open after --repeat seconds, and when it is over (no alarm for
--clear-hold seconds: a flapping node stays one incident). Each is printed and sent to
every channel: the webhook (JSON), e-mail and the desktop, set up by --notify-config
(docs/notifications.md has the file&apos;s format and the webhook&apos;s schema) or --webhook and
--desktop. --test sends one test notification to each channel instead and exits.
It also runs the operations scheduled with --at when they are due (pgpilot schedule
lists them), one at a time, as the command line does with --yes, and records each
result in the cluster; --no-schedule leaves them to another watcher.</source>
        <translation>Führt den Monitor des Dashboards auf jeder angegebenen Cluster-Datei aus, bis zur Unterbrechung.
Seine Alarme werden zu Vorfällen, einer nach dem anderen je Cluster: eine Benachrichtigung, wenn
einer eröffnet wird, kritisch wird, nach --repeat Sekunden noch offen ist und wenn er vorbei ist
(kein Alarm während --clear-hold Sekunden: ein flatternder Knoten bleibt ein Vorfall). Jede wird
ausgegeben und an jeden Kanal gesendet: den Webhook (JSON), E-Mail und den Desktop, eingerichtet
durch --notify-config (docs/notifications.md beschreibt das Format der Datei und das Schema des
Webhooks) oder --webhook und --desktop. --test sendet stattdessen eine Testbenachrichtigung an
jeden Kanal und beendet sich.
Führt außerdem die mit --at geplanten Operationen aus, wenn sie fällig sind (pgpilot schedule
listet sie auf), eine nach der anderen, wie die Befehlszeile mit --yes, und zeichnet jedes
Ergebnis im Cluster auf; --no-schedule überlässt sie einem anderen pgpilot watch.</translation>
    </message>
    <message>
        <source>Do not run scheduled operations here (another pgpilot watch does; the reminders and
alarms about them still come).</source>
        <translation>Geplante Operationen hier nicht ausführen (ein anderes pgpilot watch tut es; die Erinnerungen
und Alarme dazu kommen weiterhin).</translation>
    </message>
    <message>
        <source>%1 %2 scheduled %3
</source>
        <translation>%1 %2 Planung %3
</translation>
    </message>
    <message>
        <source>compare the worksheet&apos;s settings with the nodes; --apply writes and reloads them</source>
        <translation>die Einstellungen des Arbeitsblatts mit den Knoten vergleichen; --apply schreibt sie und lädt sie neu</translation>
    </message>
    <message>
        <source>Reads every node&apos;s pg_settings for the worksheet&apos;s PostgreSQL parameters (the settings
section) and prints, per parameter, the value in effect, the worksheet&apos;s and what the change
needs: a reload, or a restart. Values the server does not take (unknown parameter, wrong
unit, out of range) are named. Changes nothing.
With --apply --yes: writes conf.d/pgpilot-settings.conf on every node and reloads
PostgreSQL, rewrites haproxy.cfg and keepalived.conf where their timings changed and
reloads them (never a restart); when a value waits for a restart of PostgreSQL, a rolling
restart follows (the standbys one at a time, then a switchover; see pgpilot
rolling-restart), unless --no-restart, which prints the command instead.</source>
        <translation>Liest die pg_settings jedes Knotens für die PostgreSQL-Parameter des Arbeitsblatts (Abschnitt
„Einstellungen“) und gibt pro Parameter den wirksamen Wert, den des Arbeitsblatts und das aus, was die
Änderung braucht: ein Neuladen oder einen Neustart. Werte, die der Server nicht annimmt (unbekannter
Parameter, falsche Einheit, außerhalb des Bereichs), werden genannt. Ändert nichts.
Mit --apply --yes: schreibt conf.d/pgpilot-settings.conf auf jedem Knoten und lädt PostgreSQL
neu, schreibt haproxy.cfg und keepalived.conf neu, wo sich ihre Zeiten geändert haben, und lädt
sie neu (nie ein Neustart); wartet ein Wert auf einen Neustart von PostgreSQL, folgt ein
rollierender Neustart (die Standbys einzeln, dann ein Switchover; siehe pgpilot
rolling-restart), außer mit --no-restart, das stattdessen den Befehl ausgibt.</translation>
    </message>
    <message>
        <source>Exit status: 0 every value taken (and, with --apply, written and in effect or waiting for a
restart), 1 a value refused or a step failed, 2 usage error or --apply without --yes,
3 cluster file, keychain or connection problem.</source>
        <translation>Exit-Status: 0 jeder Wert angenommen (und mit --apply geschrieben und wirksam oder wartend auf
einen Neustart), 1 ein Wert abgelehnt oder ein Schritt schlug fehl, 2 Aufruffehler oder --apply
ohne --yes, 3 Problem mit Cluster-Datei, Schlüsselbund oder Verbindung.</translation>
    </message>
    <message>
        <source>Write the settings on every node and reload (needs --yes).</source>
        <translation>Die Einstellungen auf jedem Knoten schreiben und neu laden (braucht --yes).</translation>
    </message>
    <message>
        <source>Confirm --apply (reloads every node).</source>
        <translation>--apply bestätigen (lädt jeden Knoten neu).</translation>
    </message>
    <message>
        <source>With --apply: leave what waits for a restart to pgpilot rolling-restart.</source>
        <translation>Mit --apply: was auf einen Neustart wartet, pgpilot rolling-restart überlassen.</translation>
    </message>
    <message>
        <source>Do not write through the VIP to measure the rolling restart&apos;s outage.</source>
        <translation>Nicht über die VIP schreiben, um den Ausfall des rollierenden Neustarts zu messen.</translation>
    </message>
    <message>
        <source>Applying what waits for a restart (%1) with a rolling restart.
</source>
        <translation>Was auf einen Neustart wartet (%1), wird mit einem rollierenden Neustart angewendet.
</translation>
    </message>
    <message>
        <source>
Interrupted: stopping the running step on every node.
</source>
        <translation>
Unterbrochen: der laufende Schritt wird auf jedem Knoten angehalten.
</translation>
    </message>
    <message>
        <source>Settings of cluster %1 (the worksheet against the nodes):
</source>
        <translation>Einstellungen von Cluster %1 (das Arbeitsblatt im Vergleich zu den Knoten):
</translation>
    </message>
    <message>
        <source>Settings of cluster %1 after the reload:
</source>
        <translation>Einstellungen von Cluster %1 nach dem Neuladen:
</translation>
    </message>
    <message>
        <source>Apply it with: pgpilot settings %1 --apply --yes
</source>
        <translation>Anwenden mit: pgpilot settings %1 --apply --yes
</translation>
    </message>
    <message>
        <source>Nothing was written: correct what the nodes refuse (above) on the worksheet first.
</source>
        <translation>Es wurde nichts geschrieben: zuerst im Arbeitsblatt korrigieren, was die Knoten ablehnen (siehe oben).
</translation>
    </message>
    <message>
        <source>--apply writes the settings on every node and reloads PostgreSQL (and HAProxy and Keepalived where their timings changed); nothing is restarted. Add --yes to go ahead.
</source>
        <translation>--apply schreibt die Einstellungen auf jedem Knoten und lädt PostgreSQL neu (und HAProxy und Keepalived, wo sich ihre Zeiten geändert haben); nichts wird neu gestartet. --yes hinzufügen, um fortzufahren.
</translation>
    </message>
    <message>
        <source>The pre-checks failed: nothing was written.
</source>
        <translation>Die Vorabprüfungen sind fehlgeschlagen: Es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Every value is in effect; nothing waits for a restart.
</source>
        <translation>Jeder Wert ist wirksam; nichts wartet auf einen Neustart.
</translation>
    </message>
    <message>
        <source>Stopped: %1
%2</source>
        <translation>Angehalten: %1
%2</translation>
    </message>
</context>
<context>
    <name>pgpilot::ConnectPage</name>
    <message>
        <source>Nodes run %1 with PostgreSQL %2, installed from %3.</source>
        <translation>Die Knoten laufen mit %1 und PostgreSQL %2, installiert aus %3.</translation>
    </message>
    <message>
        <source>the mirror %1</source>
        <translation>dem Spiegel %1</translation>
    </message>
    <message>
        <source>the PGDG repository</source>
        <translation>dem PGDG-Repository</translation>
    </message>
    <message>
        <source>the distribution&apos;s archive</source>
        <translation>dem Archiv der Distribution</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>postgresql-%1 available</source>
        <translation>postgresql-%1 verfügbar</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>Host-Key (SHA256)</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation>○ noch nicht</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Connect to the nodes</source>
        <translation>Mit den Knoten verbinden</translation>
    </message>
    <message>
        <source>▶ connecting...</source>
        <translation>▶ verbinde...</translation>
    </message>
    <message>
        <source>✔ connected</source>
        <translation>✔ verbunden</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>not yet (phase 1 sets up the install source)</source>
        <translation>noch nicht (Phase 1 richtet die Installationsquelle ein)</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Compare it first with the node&apos;s own: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</source>
        <translation>Zuerst mit dem des Knotens vergleichen: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</translation>
    </message>
    <message>
        <source>✔ Every node answered. Next runs the pre-flight checks.</source>
        <translation>✔ Jeder Knoten hat geantwortet. Als Nächstes laufen die Vorabprüfungen.</translation>
    </message>
    <message>
        <source>&amp;Stop connecting</source>
        <translation>Verbinden &amp;stoppen</translation>
    </message>
    <message>
        <source>■ stopped: not connected</source>
        <translation>■ angehalten: nicht verbunden</translation>
    </message>
    <message>
        <source>Every node answered. Checking that the cluster&apos;s secrets are in the keychain...</source>
        <translation>Jeder Knoten hat geantwortet. Prüfe, ob die Geheimnisse des Clusters im Schlüsselbund sind...</translation>
    </message>
    <message>
        <source>(&quot;Connect again&quot; checks again.)</source>
        <translation>(„Erneut verbinden“ prüft noch einmal.)</translation>
    </message>
</context>
<context>
    <name>pgpilot::Dashboard</name>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ KRITISCH</translation>
    </message>
    <message>
        <source>▲ warning</source>
        <translation>▲ Warnung</translation>
    </message>
</context>
<context>
    <name>pgpilot::DesktopNotifier</name>
    <message>
        <source>A test notification for %1: the desktop channel works.</source>
        <translation>Eine Testbenachrichtigung für %1: Der Desktop-Kanal funktioniert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Over: no alarm since %1 UTC.</source>
        <translation>Vorbei: kein Alarm seit %1 UTC.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>no D-Bus session bus%1: desktop notifications need a desktop session (DBUS_SESSION_BUS_ADDRESS); under systemd run pgpilot watch as a user service of the logged-in user</source>
        <translation>kein D-Bus-Session-Bus%1: Desktop-Benachrichtigungen brauchen eine Desktop-Sitzung (DBUS_SESSION_BUS_ADDRESS); unter systemd pgpilot watch als Benutzerdienst des angemeldeten Benutzers ausführen</translation>
    </message>
    <message>
        <source>the desktop</source>
        <translation>der Desktop</translation>
    </message>
    <message>
        <source>no notification service on the session bus (%1): is a desktop running?</source>
        <translation>kein Benachrichtigungsdienst auf dem Session-Bus (%1): Läuft ein Desktop?</translation>
    </message>
    <message>
        <source>the notification service refused: %1 (%2)</source>
        <translation>der Benachrichtigungsdienst lehnte ab: %1 (%2)</translation>
    </message>
    <message>
        <source>shown (notification %1)</source>
        <translation>angezeigt (Benachrichtigung %1)</translation>
    </message>
</context>
<context>
    <name>pgpilot::EstateWall</name>
    <message numerus="yes">
        <source>pgpilot — %n cluster(s)</source>
        <translation>
            <numerusform>pgpilot — %n Cluster</numerusform>
            <numerusform>pgpilot — %n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
</context>
<context>
    <name>pgpilot::EventModel</name>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>⚠ alarm</source>
        <translation>⚠ Alarm</translation>
    </message>
    <message>
        <source>✔ cleared</source>
        <translation>✔ behoben</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>repmgr</source>
        <translation>repmgr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>pgpilot::Executor</name>
    <message>
        <source>The secrets %1 are needed but there is no secret store.</source>
        <translation>Die Geheimnisse %1 werden gebraucht, aber es gibt keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>These passwords are not in the keychain: %1.</source>
        <translation>Diese Passwörter sind nicht im Schlüsselbund: %1.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; names the node %2, which pgpilot has no connection for.</source>
        <translation>Schritt „%1“ nennt den Knoten %2, für den pgpilot keine Verbindung hat.</translation>
    </message>
    <message>
        <source>Cancelled by the admin.</source>
        <translation>Vom Administrator abgebrochen.</translation>
    </message>
    <message>
        <source>check whether this is already done</source>
        <translation>prüfen, ob dies schon erledigt ist</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; failed (%3).</source>
        <translation>%1: „%2“ schlug fehl (%3).</translation>
    </message>
    <message>
        <source>pgpilot has no connection for %1</source>
        <translation>pgpilot hat keine Verbindung für %1</translation>
    </message>
    <message>
        <source>Another run (job %1) is still going; wait for it or cancel it.</source>
        <translation>Ein anderer Lauf (Job %1) ist noch im Gang; warten Sie auf ihn oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>No node to run &quot;%1&quot; on.</source>
        <translation>Kein Knoten, auf dem „%1“ laufen könnte.</translation>
    </message>
    <message>
        <source>pgpilot has no connection for %1.</source>
        <translation>pgpilot hat keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Done in an earlier run, but its check no longer holds on %1: doing it again.</source>
        <translation>In einem früheren Lauf erledigt, aber die Prüfung gilt auf %1 nicht mehr: wird erneut ausgeführt.</translation>
    </message>
    <message>
        <source>the secrets the checkpoint needs</source>
        <translation>die Geheimnisse, die der Checkpoint braucht</translation>
    </message>
    <message>
        <source>pgpilot&apos;s secrets are at hand</source>
        <translation>pgpilots Geheimnisse sind verfügbar</translation>
    </message>
    <message>
        <source>Import them from the workstation that holds them (pgpilot import-secrets, or File &gt; Import secrets), then run the phase again.</source>
        <translation>Importieren Sie sie von dem Arbeitsplatz, der sie hat (pgpilot import-secrets oder Datei &gt; Geheimnisse importieren), dann führen Sie die Phase erneut aus.</translation>
    </message>
    <message>
        <source>The SCRAM verifier of %1 could not be computed (OpenSSL failed).</source>
        <translation>Der SCRAM-Verifier von %1 konnte nicht berechnet werden (OpenSSL schlug fehl).</translation>
    </message>
    <message>
        <source>Nothing was sent. Store an acceptable password under that key, or run rotate-secrets to replace it.</source>
        <translation>Es wurde nichts gesendet. Speichern Sie ein zulässiges Passwort unter diesem Schlüssel oder führen Sie rotate-secrets aus, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No node&apos;s host key is known to this run.</source>
        <translation>Für diesen Lauf ist von keinem Knoten ein Hostschlüssel bekannt.</translation>
    </message>
    <message>
        <source>Nothing was sent. Connect to that node once and confirm its host key (the wizard&apos;s connect page, or pgpilot exec with the worksheet), then run the phase again.</source>
        <translation>Nichts wurde gesendet. Verbinden Sie sich einmal mit diesem Knoten und bestätigen Sie seinen Hostschlüssel (Verbindungsseite des Assistenten oder pgpilot exec mit dem Arbeitsblatt), dann führen Sie die Phase erneut aus.</translation>
    </message>
</context>
<context>
    <name>pgpilot::ExistingSecrets</name>
    <message>
        <source>%1 holds a password for repmgr</source>
        <translation>%1 enthält ein Passwort für repmgr</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>the database has the role repmgr</source>
        <translation>die Datenbank hat die Rolle repmgr</translation>
    </message>
    <message>
        <source>the database has the role %1</source>
        <translation>die Datenbank hat die Rolle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>This cluster already exists on its nodes, but this workstation does not hold its secrets: %1. pgpilot does not make up new ones, which would lock it out of the database. Bring the secrets from the workstation that set the cluster up: export them there (pgpilot export-secrets, or File &gt; Export secrets), import them here (pgpilot import-secrets, or File &gt; Import secrets), then try again.</source>
        <translation>Dieser Cluster existiert bereits auf seinen Knoten, aber dieser Arbeitsplatz hat seine Geheimnisse nicht: %1. pgpilot erfindet keine neuen, das würde es aus der Datenbank aussperren. Holen Sie die Geheimnisse von dem Arbeitsplatz, der den Cluster eingerichtet hat: dort exportieren (pgpilot export-secrets oder Datei &gt; Geheimnisse exportieren), hier importieren (pgpilot import-secrets oder Datei &gt; Geheimnisse importieren), dann erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>pgpilot::FileSecretStore</name>
    <message>
        <source>%1 can be read by other users; make it private first (chmod 600 %1).</source>
        <translation>%1 ist für andere Benutzer lesbar; zuerst privat machen (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1, line %2: not a pgpilot:&lt;cluster&gt;:&lt;what&gt;=value entry (and no entry before it to continue); fix or remove that line.</source>
        <translation>%1, Zeile %2: kein Eintrag der Form pgpilot:&lt;cluster&gt;:&lt;was&gt;=Wert (und kein Eintrag davor, den sie fortsetzen könnte); korrigieren oder entfernen Sie diese Zeile.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HistoryCursor</name>
    <message>
        <source>No history is stored for this cluster yet: it is kept while pgpilot watch, the wall or this dashboard runs.</source>
        <translation>Für diesen Cluster ist noch kein Verlauf gespeichert: Er wird aufbewahrt, während pgpilot watch, die Wand oder dieses Dashboard läuft.</translation>
    </message>
    <message>
        <source>Nothing recorded from %1 to %2: no pgpilot watched this cluster then.</source>
        <translation>Nichts aufgezeichnet von %1 bis %2: Damals hat kein pgpilot diesen Cluster überwacht.</translation>
    </message>
    <message>
        <source>Nothing recorded since %1: no pgpilot watched this cluster since.</source>
        <translation>Nichts aufgezeichnet seit %1: Seitdem hat kein pgpilot diesen Cluster überwacht.</translation>
    </message>
    <message>
        <source>Nothing recorded before this moment.</source>
        <translation>Vor diesem Zeitpunkt nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Last change recorded at %1.</source>
        <translation>Letzte Änderung aufgezeichnet um %1.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HistoryRecorder</name>
    <message>
        <source>&quot;%1&quot; is not a cluster name: its history is not recorded.</source>
        <translation>„%1“ ist kein Cluster-Name: Sein Verlauf wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cannot make the history directory %1: check its permissions and the free space.</source>
        <translation>Das Verlaufsverzeichnis %1 kann nicht angelegt werden: seine Berechtigungen und den freien Platz prüfen.</translation>
    </message>
    <message>
        <source>Another pgpilot (process %1 on %2) records the history of %3; this one only reads it.</source>
        <translation>Ein anderes pgpilot (Prozess %1 auf %2) zeichnet den Verlauf von %3 auf; dieses liest ihn nur.</translation>
    </message>
    <message>
        <source>Cannot lock %1: check the directory&apos;s permissions; the history of %2 is not recorded.</source>
        <translation>%1 kann nicht gesperrt werden: die Berechtigungen des Verzeichnisses prüfen; der Verlauf von %2 wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The history of %1 reached its limit of %2 bytes today: nothing more is recorded until tomorrow.</source>
        <translation>Der Verlauf von %1 hat heute seine Grenze von %2 Bytes erreicht: Bis morgen wird nichts mehr aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HttpAnswerReader</name>
    <message>
        <source>the answer&apos;s header is longer than %1 KiB</source>
        <translation>der Kopf der Antwort ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>not an HTTP answer (it began with &quot;%1&quot;)</source>
        <translation>keine HTTP-Antwort (sie begann mit „%1“)</translation>
    </message>
    <message>
        <source>not an HTTP answer (a header line without a name: &quot;%1&quot;)</source>
        <translation>keine HTTP-Antwort (eine Kopfzeile ohne Namen: „%1“)</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length is not a length: &quot;%1&quot;</source>
        <translation>die Content-Length der Antwort ist keine Länge: „%1“</translation>
    </message>
    <message>
        <source>the answer uses a transfer encoding pgpilot does not read: %1</source>
        <translation>die Antwort verwendet eine Transferkodierung, die pgpilot nicht liest: %1</translation>
    </message>
    <message>
        <source>the answer is compressed (%1) although pgpilot asked for it uncompressed</source>
        <translation>die Antwort ist komprimiert (%1), obwohl pgpilot sie unkomprimiert angefordert hat</translation>
    </message>
    <message>
        <source>a malformed chunked answer: a chunk size line over %1 bytes</source>
        <translation>eine fehlerhafte Chunked-Antwort: eine Chunk-Größenzeile über %1 Bytes</translation>
    </message>
    <message>
        <source>a malformed chunked answer: a chunk size of more than 15 digits</source>
        <translation>eine fehlerhafte Chunked-Antwort: eine Chunk-Größe mit mehr als 15 Ziffern</translation>
    </message>
    <message>
        <source>a malformed chunked answer: the chunk size line &quot;%1&quot;</source>
        <translation>eine fehlerhafte Chunked-Antwort: die Chunk-Größenzeile „%1“</translation>
    </message>
    <message>
        <source>a malformed chunked answer: no line end after a chunk&apos;s data</source>
        <translation>eine fehlerhafte Chunked-Antwort: kein Zeilenende nach den Daten eines Chunks</translation>
    </message>
    <message>
        <source>the answer&apos;s trailer is longer than %1 KiB</source>
        <translation>der Trailer der Antwort ist länger als %1 KiB</translation>
    </message>
</context>
<context>
    <name>pgpilot::HttpProbe</name>
    <message>
        <source>the node closed the connection before answering</source>
        <translation>der Knoten hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>connection refused on port %1 (nothing listens there?)</source>
        <translation>Verbindung auf Port %1 abgelehnt (lauscht dort nichts?)</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the node closed the connection in the middle of the answer</source>
        <translation>der Knoten hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>pgpilot::KeychainSecretStore</name>
    <message>
        <source>No keychain is available (%1). Passwords are kept in memory only and are forgotten when pgpilot quits; nothing is written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Passwörter bleiben nur im Speicher und sind vergessen, wenn pgpilot endet; nichts wird auf die Platte geschrieben.</translation>
    </message>
    <message>
        <source>No secret named %1 in the keychain.</source>
        <translation>Kein Geheimnis namens %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused to read %1: %2</source>
        <translation>Der Schlüsselbund verweigerte das Lesen von %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store %1: %2</source>
        <translation>Der Schlüsselbund verweigerte das Speichern von %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused to delete %1: %2</source>
        <translation>Der Schlüsselbund verweigerte das Löschen von %1: %2</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring with Passwords and Keys) and restart pgpilot to use stored passwords. Until then passwords typed now are kept in memory only and are forgotten when pgpilot quits; nothing is written to disk.</source>
        <translation>Der Schlüsselbund ist gesperrt. Ihn entsperren (in der Desktop-Sitzung anmelden oder den Schlüsselbund „Anmeldung“ mit „Passwörter und Verschlüsselung“ entsperren) und pgpilot neu starten, um gespeicherte Passwörter zu nutzen. Bis dahin bleiben jetzt eingegebene Passwörter nur im Speicher und sind vergessen, wenn pgpilot endet; nichts wird auf die Platte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the stored secret %1 cannot be read. Unlock the keychain (log in to the desktop session, or unlock the &quot;Login&quot; keyring with Passwords and Keys) and restart pgpilot, or type the password again for this session.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann das gespeicherte Geheimnis %1 nicht gelesen werden. Den Schlüsselbund entsperren (in der Desktop-Sitzung anmelden oder den Schlüsselbund „Anmeldung“ mit „Passwörter und Verschlüsselung“ entsperren) und pgpilot neu starten, oder das Passwort für diese Sitzung erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>pgpilot::LagChart</name>
    <message>
        <source>Replication lag (bytes behind the primary)</source>
        <translation>Replikationsverzögerung (Bytes hinter dem Primary)</translation>
    </message>
    <message>
        <source>Replication lag (seconds)</source>
        <translation>Replikationsverzögerung (Sekunden)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>pgpilot::LocalHost</name>
    <message>
        <source>%1: cancelled before it started.</source>
        <translation>%1: abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>%1: no result within %2 s; the command was stopped.</source>
        <translation>%1: kein Ergebnis binnen %2 s; der Befehl wurde angehalten.</translation>
    </message>
    <message>
        <source>%1: cancelled; the command was stopped.</source>
        <translation>%1: abgebrochen; der Befehl wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>pgpilot::MainWindow</name>
    <message>
        <source>pgpilot cluster files (*.json)</source>
        <translation>pgpilot-Cluster-Dateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Neuer Cluster</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Set &amp;up (wizard)</source>
        <translation>&amp;Einrichten (Assistent)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Audit-Protokoll...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About pgpilot</source>
        <translation>Ü&amp;ber pgpilot</translation>
    </message>
    <message>
        <source>About pgpilot</source>
        <translation>Über pgpilot</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgpilot %1&lt;/b&gt;&lt;p&gt;Sets up and runs a highly available PostgreSQL cluster: PostgreSQL, repmgr, HAProxy and Keepalived on three or more nodes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;pgpilot %1&lt;/b&gt;&lt;p&gt;Richtet einen hochverfügbaren PostgreSQL-Cluster ein und betreibt ihn: PostgreSQL, repmgr, HAProxy und Keepalived auf drei oder mehr Knoten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Unbenannter Cluster</translation>
    </message>
    <message>
        <source>%1[*] — pgpilot</source>
        <translation>%1[*] — pgpilot</translation>
    </message>
    <message>
        <source>Cannot poll the cluster</source>
        <translation>Der Cluster kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the connections to %n node(s)...</source>
        <translation>
            <numerusform>Bereite die Verbindung zu %n Knoten vor...</numerusform>
            <numerusform>Bereite die Verbindungen zu %n Knoten vor...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the setup</source>
        <translation>Die Einrichtung kann nicht starten</translation>
    </message>
    <message>
        <source>Connecting to the nodes.</source>
        <translation>Verbinde mit den Knoten.</translation>
    </message>
    <message>
        <source>No dashboard yet</source>
        <translation>Noch kein Dashboard</translation>
    </message>
    <message>
        <source>Complete the worksheet first: the dashboard polls the nodes it names.</source>
        <translation>Zuerst das Arbeitsblatt vervollständigen: das Dashboard fragt die Knoten ab, die es nennt.</translation>
    </message>
    <message>
        <source>Open cluster file</source>
        <translation>Cluster-Datei öffnen</translation>
    </message>
    <message>
        <source>Cannot open cluster file</source>
        <translation>Cluster-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The worksheet you had open is unchanged.</source>
        <translation>%1

Das geöffnete Arbeitsblatt ist unverändert.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>%1 geöffnet: %n Problem zu beheben.</numerusform>
            <numerusform>%1 geöffnet: %n Probleme zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save cluster file</source>
        <translation>Cluster-Datei speichern</translation>
    </message>
    <message>
        <source>Cannot save cluster file</source>
        <translation>Cluster-Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Nothing was changed on disk.</source>
        <translation>%1

Auf der Platte wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1

Type the password again and save to retry.</source>
        <translation>%1

Das Passwort erneut eingeben und speichern, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The worksheet has changes that are not saved.</source>
        <translation>Das Arbeitsblatt hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>A phase is running</source>
        <translation>Eine Phase läuft</translation>
    </message>
    <message>
        <source>Closing now stops the running phase: each node&apos;s current command is stopped. What finished is saved, and opening this cluster again resumes from there.</source>
        <translation>Jetzt schließen hält die laufende Phase an: der aktuelle Befehl jedes Knotens wird gestoppt. Was fertig ist, bleibt gespeichert, und beim nächsten Öffnen dieses Clusters geht es dort weiter.</translation>
    </message>
    <message>
        <source>S&amp;witchover...</source>
        <translation>S&amp;witchover...</translation>
    </message>
    <message>
        <source>Re&amp;join...</source>
        <translation>Wieder ei&amp;nbinden...</translation>
    </message>
    <message>
        <source>&amp;Fence...</source>
        <translation>Abs&amp;chotten...</translation>
    </message>
    <message>
        <source>Add &amp;standby...</source>
        <translation>&amp;Standby hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove standby...</source>
        <translation>Standb&amp;y entfernen...</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no passwords): paste them into the bug report.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert (ohne Passwörter): in den Fehlerbericht einfügen.</translation>
    </message>
    <message>
        <source>Still connecting</source>
        <translation>Verbindet noch</translation>
    </message>
    <message>
        <source>pgpilot is still connecting to the nodes; try again in a moment.</source>
        <translation>pgpilot verbindet sich noch mit den Knoten; gleich noch einmal versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)...</source>
        <translation>
            <numerusform>Verbinde mit %n Knoten...</numerusform>
            <numerusform>Verbinde mit %n Knoten...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to the cluster</source>
        <translation>Keine Verbindung zum Cluster möglich</translation>
    </message>
    <message>
        <source>No nodes</source>
        <translation>Keine Knoten</translation>
    </message>
    <message>
        <source>The worksheet names no nodes yet.</source>
        <translation>Das Arbeitsblatt nennt noch keine Knoten.</translation>
    </message>
    <message>
        <source>Which node?</source>
        <translation>Welcher Knoten?</translation>
    </message>
    <message>
        <source>Node (only the worksheet&apos;s last row can be added or removed):</source>
        <translation>Knoten (nur die letzte Zeile des Arbeitsblatts kann hinzugefügt oder entfernt werden):</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>One operation at a time: %1 is open.</source>
        <translation>Eine Operation nach der anderen: %1 ist offen.</translation>
    </message>
    <message>
        <source>The setup is running</source>
        <translation>Die Einrichtung läuft</translation>
    </message>
    <message>
        <source>A setup phase is running on this cluster; wait for it to end before %1.</source>
        <translation>Auf diesem Cluster läuft eine Einrichtungsphase; warten, bis sie endet, vor: %1.</translation>
    </message>
    <message>
        <source>Worksheet incomplete</source>
        <translation>Arbeitsblatt unvollständig</translation>
    </message>
    <message>
        <source>Complete the worksheet first: operations run on the nodes it names.</source>
        <translation>Zuerst das Arbeitsblatt vervollständigen: Operationen laufen auf den Knoten, die es nennt.</translation>
    </message>
    <message>
        <source>%1 was removed from the cluster and from the worksheet; save the cluster file.</source>
        <translation>%1 wurde aus dem Cluster und aus dem Arbeitsblatt entfernt; die Cluster-Datei speichern.</translation>
    </message>
    <message>
        <source>No write probe: %1</source>
        <translation>Keine Schreibprobe: %1</translation>
    </message>
    <message>
        <source>&amp;Export secrets...</source>
        <translation>Geheimnisse &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Import secrets...</source>
        <translation>Geheimnisse &amp;importieren...</translation>
    </message>
    <message>
        <source>pgpilot secrets bundles (*.pgpilot-secrets)</source>
        <translation>pgpilot-Geheimnisbündel (*.pgpilot-secrets)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Cannot export secrets</source>
        <translation>Geheimnisse können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Give the cluster a name on the worksheet first.</source>
        <translation>Geben Sie dem Cluster zuerst im Arbeitsblatt einen Namen.</translation>
    </message>
    <message>
        <source>Export the secrets of %1</source>
        <translation>Die Geheimnisse von %1 exportieren</translation>
    </message>
    <message>
        <source>Passphrase to seal the secrets with (at least %1 characters).
The other workstation needs it to import them: bring it there another way than the file.</source>
        <translation>Passphrase, mit der die Geheimnisse versiegelt werden (mindestens %1 Zeichen).
Der andere Arbeitsplatz braucht sie zum Importieren: Bringen Sie sie auf anderem Weg als die Datei dorthin.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no secret store to read the secrets from.</source>
        <translation>Es gibt keinen Geheimnisspeicher, aus dem die Geheimnisse gelesen werden könnten.</translation>
    </message>
    <message>
        <source>The keychain holds none of the secrets of the cluster %1 (%2); there is nothing to export.</source>
        <translation>Der Schlüsselbund enthält keines der Geheimnisse des Clusters %1 (%2); es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Wrote %1 with these secrets of the cluster %2: %3.</source>
        <translation>%1 mit diesen Geheimnissen des Clusters %2 geschrieben: %3.</translation>
    </message>
    <message>
        <source>Not in the keychain, so not in the bundle: %1.</source>
        <translation>Nicht im Schlüsselbund, also nicht im Bündel: %1.</translation>
    </message>
    <message>
        <source>On the other workstation, open the same cluster file and choose File → Import secrets (or run pgpilot import-secrets). Bring the passphrase there another way than the file.</source>
        <translation>Öffnen Sie auf dem anderen Arbeitsplatz dieselbe Cluster-Datei und wählen Sie Datei → Geheimnisse importieren (oder führen Sie pgpilot import-secrets aus). Bringen Sie die Passphrase auf anderem Weg als die Datei dorthin.</translation>
    </message>
    <message>
        <source>Secrets exported</source>
        <translation>Geheimnisse exportiert</translation>
    </message>
    <message>
        <source>Cannot import secrets</source>
        <translation>Geheimnisse können nicht importiert werden</translation>
    </message>
    <message>
        <source>Open the cluster file whose secrets you bring first.</source>
        <translation>Öffnen Sie zuerst die Cluster-Datei, deren Geheimnisse Sie mitbringen.</translation>
    </message>
    <message>
        <source>Import the secrets of %1</source>
        <translation>Die Geheimnisse von %1 importieren</translation>
    </message>
    <message>
        <source>Passphrase of %1 (the one given when it was exported):</source>
        <translation>Passphrase von %1 (die beim Exportieren angegebene):</translation>
    </message>
    <message>
        <source>There is no secret store to write the secrets to.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in den die Geheimnisse geschrieben werden könnten.</translation>
    </message>
    <message>
        <source>Replace secrets?</source>
        <translation>Geheimnisse ersetzen?</translation>
    </message>
    <message>
        <source>The keychain holds other values for these secrets of the bundle: %1.

Replace them with the bundle&apos;s values? The values stored now are lost.</source>
        <translation>Der Schlüsselbund enthält andere Werte für diese Geheimnisse des Bündels: %1.

Sie durch die Werte des Bündels ersetzen? Die jetzt gespeicherten Werte gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported: the keychain keeps its values.</source>
        <translation>Nichts wurde importiert: Der Schlüsselbund behält seine Werte.</translation>
    </message>
    <message>
        <source>Secrets imported</source>
        <translation>Geheimnisse importiert</translation>
    </message>
    <message>
        <source>The secrets of the cluster %1 are in the keychain now: %2 written, %3 replaced, %4 unchanged.</source>
        <translation>Die Geheimnisse des Clusters %1 sind jetzt im Schlüsselbund: %2 geschrieben, %3 ersetzt, %4 unverändert.</translation>
    </message>
    <message>
        <source>Rotate &amp;passwords...</source>
        <translation>&amp;Passwörter wechseln...</translation>
    </message>
    <message>
        <source>Renew &amp;certificates...</source>
        <translation>Zertifikate e&amp;rneuern...</translation>
    </message>
    <message>
        <source>Cannot import site certificates</source>
        <translation>Standortzertifikate können nicht importiert werden</translation>
    </message>
    <message>
        <source>There is no secret store to write the certificates to.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in den die Zertifikate geschrieben werden könnten.</translation>
    </message>
    <message>
        <source>Site certificates imported</source>
        <translation>Standortzertifikate importiert</translation>
    </message>
    <message>
        <source>The worksheet&apos;s TLS mode is not &quot;Verified (the site&apos;s CA, imported)&quot;: pgpilot issues the certificates itself. Choose that mode under &quot;Replication and archiving&quot; on the worksheet first.</source>
        <translation>Der TLS-Modus des Arbeitsblatts ist nicht „Geprüft (CA des Standorts, importiert)“: pgpilot stellt die Zertifikate selbst aus. Wählen Sie diesen Modus zuerst im Arbeitsblatt unter „Replikation und Archivierung“.</translation>
    </message>
    <message>
        <source>Import si&amp;te certificates...</source>
        <translation>S&amp;tandortzertifikate importieren...</translation>
    </message>
    <message>
        <source>Differences from pgpilot&apos;s &amp;build...</source>
        <translation>A&amp;bweichungen vom Aufbau durch pgpilot...</translation>
    </message>
    <message>
        <source>A&amp;dopt an existing cluster...</source>
        <translation>Bestehenden Cluster &amp;übernehmen...</translation>
    </message>
    <message>
        <source>Phase %1 converged, but %2 could not be rewritten to say so: %3</source>
        <translation>Phase %1 angeglichen, aber %2 konnte nicht entsprechend neu geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Phase %1 converged; the worksheet records it.</source>
        <translation>Phase %1 angeglichen; das Arbeitsblatt hält dies fest.</translation>
    </message>
    <message>
        <source>Phase %1 converged: the cluster is set up as pgpilot builds it; the worksheet is an ordinary one now.</source>
        <translation>Phase %1 angeglichen: Der Cluster ist so eingerichtet, wie pgpilot ihn aufbaut; das Arbeitsblatt ist jetzt ein gewöhnliches.</translation>
    </message>
    <message>
        <source>Open &amp;wall of clusters...</source>
        <translation>&amp;Wand der Cluster öffnen...</translation>
    </message>
    <message>
        <source>Clusters for the wall</source>
        <translation>Cluster für die Wand</translation>
    </message>
    <message>
        <source>Worksheets (*.json)</source>
        <translation>Arbeitsblätter (*.json)</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Einstellun&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Notifications...</source>
        <translation>&amp;Benachrichtigungen...</translation>
    </message>
    <message>
        <source>&amp;Sound on the wall for critical alarms</source>
        <translation>&amp;Ton im Wandmodus bei kritischen Alarmen</translation>
    </message>
    <message>
        <source>This pgpilot was built without Qt Multimedia</source>
        <translation>Dieses pgpilot wurde ohne Qt Multimedia gebaut</translation>
    </message>
    <message>
        <source>History and notifications of %1: %2</source>
        <translation>Verlauf und Benachrichtigungen von %1: %2</translation>
    </message>
    <message>
        <source>The history of %1 stopped: %2</source>
        <translation>Der Verlauf von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>Notifications: %1: %2</source>
        <translation>Benachrichtigungen: %1: %2</translation>
    </message>
    <message>
        <source>Notifications are off: %1 (Settings → Notifications)</source>
        <translation>Benachrichtigungen sind aus: %1 (Einstellungen → Benachrichtigungen)</translation>
    </message>
    <message>
        <source>Restore dri&amp;ll...</source>
        <translation>Wiederherstellungs&amp;test...</translation>
    </message>
    <message>
        <source>Restore to a &amp;point in time...</source>
        <translation>Auf einen &amp;Zeitpunkt wiederherstellen...</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Type of backup (diff and incr need a full one before them; pgBackRest takes a full one when the repository has none):</source>
        <translation>Art des Backups (diff und incr brauchen ein Voll-Backup davor; pgBackRest nimmt ein Voll-Backup, wenn das Repository keines hat):</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Auf einen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>WARNING: the whole cluster goes back to this time; every transaction committed after it is gone from the cluster.
The time, ISO 8601 with its zone (e.g. %1 or 2026-12-05T11:15:00+01:00):</source>
        <translation>WARNUNG: Der ganze Cluster geht auf diesen Zeitpunkt zurück; jede danach bestätigte Transaktion ist aus dem Cluster verschwunden.
Der Zeitpunkt, ISO 8601 mit Zeitzone (z. B. %1 oder 2026-12-05T11:15:00+01:00):</translation>
    </message>
    <message>
        <source>Not a time pgpilot can restore to</source>
        <translation>Kein Zeitpunkt, auf den pgpilot wiederherstellen kann</translation>
    </message>
    <message>
        <source>Back up &amp;now...</source>
        <translation>Jetzt sic&amp;hern...</translation>
    </message>
    <message>
        <source>Pause automatic fail&amp;over...</source>
        <translation>Automatisches Failover &amp;pausieren...</translation>
    </message>
    <message>
        <source>repmgrd on every node stops acting on failures for a window you give</source>
        <translation>repmgrd auf jedem Knoten reagiert für ein angegebenes Zeitfenster nicht auf Ausfälle</translation>
    </message>
    <message>
        <source>Resume automatic fail&amp;over</source>
        <translation>Automatisches Failover &amp;fortsetzen</translation>
    </message>
    <message>
        <source>repmgrd on every node acts on failures again</source>
        <translation>repmgrd auf jedem Knoten reagiert wieder auf Ausfälle</translation>
    </message>
    <message>
        <source>Rolling res&amp;tart...</source>
        <translation>&amp;Rollierender Neustart...</translation>
    </message>
    <message>
        <source>Minor up&amp;grade...</source>
        <translation>Minor-Up&amp;grade...</translation>
    </message>
    <message>
        <source>Apply sett&amp;ings...</source>
        <translation>E&amp;instellungen anwenden...</translation>
    </message>
    <message>
        <source>The worksheet&apos;s settings against the nodes: what needs a reload or a restart</source>
        <translation>Die Einstellungen des Arbeitsblatts im Vergleich mit den Knoten: was ein Neuladen oder einen Neustart braucht</translation>
    </message>
    <message>
        <source>Complete the worksheet first: the settings are read from the nodes it names.</source>
        <translation>Zuerst das Arbeitsblatt vervollständigen: Die Einstellungen werden von den Knoten gelesen, die es nennt.</translation>
    </message>
    <message>
        <source>see the message before</source>
        <translation>siehe die vorige Meldung</translation>
    </message>
</context>
<context>
    <name>pgpilot::Monitor</name>
    <message>
        <source>not HAProxy CSV statistics</source>
        <translation>keine HAProxy-CSV-Statistik</translation>
    </message>
    <message>
        <source>HAProxy CSV without pxname/svname/status</source>
        <translation>HAProxy-CSV ohne pxname/svname/status</translation>
    </message>
</context>
<context>
    <name>pgpilot::NodeStatusModel</name>
    <message>
        <source>? (%1)</source>
        <translation>? (%1)</translation>
    </message>
    <message>
        <source>◆ VIP</source>
        <translation>◆ VIP</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health-Prüfung</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync-Status</translation>
    </message>
</context>
<context>
    <name>pgpilot::NodeTableModel</name>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Initial role</source>
        <translation>Anfangsrolle</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>SSH auth</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>Host-Key (SHA256)</translation>
    </message>
    <message>
        <source>Optional: pin the host key&apos;s SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot shows it for you to confirm on first connection.</source>
        <translation>Optional: den SHA256-Fingerabdruck des Host-Keys festlegen (ssh-keygen -lf). Sonst zeigt pgpilot ihn bei der ersten Verbindung zur Bestätigung an.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nopasswd</source>
        <translation>ohne Passwort</translation>
    </message>
</context>
<context>
    <name>pgpilot::NodeTile</name>
    <message>
        <source>◆ VIP</source>
        <translation>◆ VIP</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>fenced by pgpilot: PostgreSQL kept stopped</source>
        <translation>von pgpilot abgeschottet: PostgreSQL bleibt angehalten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>pgpilot::NotificationsDialog</name>
    <message>
        <source>No primary</source>
        <translation>Kein Primary</translation>
    </message>
    <message>
        <source>Split brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message>
        <source>Unregistered primary</source>
        <translation>Nicht registrierter Primary</translation>
    </message>
    <message>
        <source>VIP not held</source>
        <translation>VIP nicht gehalten</translation>
    </message>
    <message>
        <source>VIP held twice</source>
        <translation>VIP doppelt gehalten</translation>
    </message>
    <message>
        <source>VIP on an unhealthy node</source>
        <translation>VIP auf einem ungesunden Knoten</translation>
    </message>
    <message>
        <source>Health check disagrees</source>
        <translation>Health-Prüfung widerspricht</translation>
    </message>
    <message>
        <source>Replication broken</source>
        <translation>Replikation unterbrochen</translation>
    </message>
    <message>
        <source>Replication lag high</source>
        <translation>Hohe Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Node unreachable</source>
        <translation>Knoten nicht erreichbar</translation>
    </message>
    <message>
        <source>repmgrd not running</source>
        <translation>repmgrd läuft nicht</translation>
    </message>
    <message>
        <source>HAProxy down</source>
        <translation>HAProxy ausgefallen</translation>
    </message>
    <message>
        <source>Writes misrouted</source>
        <translation>Schreibzugriffe fehlgeleitet</translation>
    </message>
    <message>
        <source>Synchronous quorum lost</source>
        <translation>Synchrones Quorum verloren</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Where alarms are sent and when; the same file pgpilot watch --notify-config reads: %1</source>
        <translation>Wohin und wann Alarme gesendet werden; dieselbe Datei, die pgpilot watch --notify-config liest: %1</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Send &amp;test notification</source>
        <translation>&amp;Testbenachrichtigung senden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 could not be read; the fields show the defaults and Save replaces it:</source>
        <translation>%1 konnte nicht gelesen werden; die Felder zeigen die Standardwerte, und Speichern ersetzt die Datei:</translation>
    </message>
    <message>
        <source>&amp;Webhook: POST each notification as JSON</source>
        <translation>Web&amp;hook: jede Benachrichtigung als JSON per POST senden</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Kept in the keychain, not in the file: chat webhooks carry a token.</source>
        <translation>Im Schlüsselbund aufbewahrt, nicht in der Datei: Chat-Webhooks enthalten ein Token.</translation>
    </message>
    <message>
        <source>Keychain entry:</source>
        <translation>Schlüsselbund-Eintrag:</translation>
    </message>
    <message>
        <source>&amp;E-mail over SMTP</source>
        <translation>&amp;E-Mail über SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (implicit)</source>
        <translation>TLS (implizit)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Allow no encryption to a server that is not on this machine</source>
        <translation>Unverschlüsselt auch zu einem Server erlauben, der nicht auf diesem Rechner läuft</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>oncall@example.net, dba@example.net</source>
        <translation>oncall@example.net, dba@example.net</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>die CAs des Systems</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>D&amp;urchsuchen...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications (critical ones stay until dismissed)</source>
        <translation>&amp;Desktop-Benachrichtigungen (kritische bleiben, bis sie geschlossen werden)</translation>
    </message>
    <message>
        <source>Notify from severity:</source>
        <translation>Melden ab Schweregrad:</translation>
    </message>
    <message>
        <source>Group the first alarms for:</source>
        <translation>Die ersten Alarme gruppieren während:</translation>
    </message>
    <message>
        <source>Resolved after no alarm for:</source>
        <translation>Behoben nach alarmfreier Zeit von:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Repeat an open incident every:</source>
        <translation>Einen offenen Vorfall wiederholen alle:</translation>
    </message>
    <message>
        <source>Per alarm: muted ones are never sent (they stay on the dashboard); the others can have their own threshold, severity and repeat interval. An incident still groups every alarm of a cluster.</source>
        <translation>Je Alarm: Stummgeschaltete werden nie gesendet (sie bleiben im Dashboard); die anderen können eine eigene Schwelle, einen eigenen Schweregrad und ein eigenes Wiederholungsintervall haben. Ein Vorfall fasst weiterhin alle Alarme eines Clusters zusammen.</translation>
    </message>
    <message>
        <source>Rules per alarm</source>
        <translation>Regeln je Alarm</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Notify from</source>
        <translation>Melden ab</translation>
    </message>
    <message>
        <source>Notify as</source>
        <translation>Melden als</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>%1 muted</source>
        <translation>%1: stumm</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 notified from</source>
        <translation>%1: melden ab</translation>
    </message>
    <message>
        <source>As raised</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1 notified as</source>
        <translation>%1: melden als</translation>
    </message>
    <message>
        <source>%1 repeated every</source>
        <translation>%1: wiederholen alle</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>The webhook URL: %1</source>
        <translation>Die Webhook-URL: %1</translation>
    </message>
    <message>
        <source>No channel is on: nothing to test.</source>
        <translation>Kein Kanal ist eingeschaltet: nichts zu testen.</translation>
    </message>
    <message>
        <source>Sending a test notification to every channel…</source>
        <translation>Eine Testbenachrichtigung wird an jeden Kanal gesendet…</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>zugestellt: %1</translation>
    </message>
    <message>
        <source>NOT delivered: %1</source>
        <translation>NICHT zugestellt: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep the URL or password in.</source>
        <translation>Es gibt keinen Schlüsselbund, in dem URL oder Passwort aufbewahrt werden könnten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be written: %2</source>
        <translation>Der Schlüsselbund-Eintrag %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>WAL archiving failing</source>
        <translation>WAL-Archivierung schlägt fehl</translation>
    </message>
    <message>
        <source>WAL archiving behind</source>
        <translation>WAL-Archivierung im Rückstand</translation>
    </message>
    <message>
        <source>Backup too old</source>
        <translation>Backup zu alt</translation>
    </message>
    <message>
        <source>Backup with errors</source>
        <translation>Backup mit Fehlern</translation>
    </message>
    <message>
        <source>Scheduled backup failed</source>
        <translation>Geplantes Backup fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup status unreadable</source>
        <translation>Backup-Status nicht lesbar</translation>
    </message>
    <message>
        <source>Backup repository error</source>
        <translation>Fehler im Backup-Repository</translation>
    </message>
    <message>
        <source>Backup repository space low</source>
        <translation>Wenig Platz im Backup-Repository</translation>
    </message>
    <message>
        <source>Failover paused past its window</source>
        <translation>Failover über sein Zeitfenster hinaus pausiert</translation>
    </message>
    <message>
        <source>Failover paused on some nodes only</source>
        <translation>Failover nur auf einigen Knoten pausiert</translation>
    </message>
    <message>
        <source>WAL archive has a gap</source>
        <translation>WAL-Archiv hat eine Lücke</translation>
    </message>
    <message>
        <source>Archived WAL not in the repository</source>
        <translation>Archiviertes WAL nicht im Repository</translation>
    </message>
    <message>
        <source>Scheduled operation starts soon</source>
        <translation>Geplante Operation beginnt bald</translation>
    </message>
    <message>
        <source>Scheduled operation missed</source>
        <translation>Geplante Operation verpasst</translation>
    </message>
</context>
<context>
    <name>pgpilot::NotifyConfigIssue</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::NotifyDispatcher</name>
    <message>
        <source>no keychain to read %1 from</source>
        <translation>kein Schlüsselbund, aus dem %1 gelesen werden könnte</translation>
    </message>
    <message>
        <source>its URL is not in the keychain entry %1%2</source>
        <translation>seine URL ist nicht im Schlüsselbund-Eintrag %1%2</translation>
    </message>
    <message>
        <source>no keychain to read the password from</source>
        <translation>kein Schlüsselbund, aus dem das Passwort gelesen werden könnte</translation>
    </message>
    <message>
        <source>the password is not in the keychain entry %1%2</source>
        <translation>das Passwort ist nicht im Schlüsselbund-Eintrag %1%2</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationDialog</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>✔ Every pre-check passed.</source>
        <translation>✔ Jede Vorabprüfung bestanden.</translation>
    </message>
    <message>
        <source>%v of %m node steps</source>
        <translation>%v von %m Knotenschritten</translation>
    </message>
    <message>
        <source>elapsed 000.0 s</source>
        <translation>vergangen 000,0 s</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Re-clone the node from the primary…</source>
        <translation>Den Knoten neu vom Primary klonen…</translation>
    </message>
    <message>
        <source>Show co&amp;mmands…</source>
        <translation>&amp;Befehle zeigen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Running the pre-checks again…</source>
        <translation>Die Vorabprüfungen laufen erneut…</translation>
    </message>
    <message>
        <source>Re-clone %1?</source>
        <translation>%1 neu klonen?</translation>
    </message>
    <message>
        <source>pg_rewind could not bring %1 back. A re-clone deletes its data directory and copies the whole database from the primary again; it takes as long as copying the database and loads the primary meanwhile. Anything written only on %1 (after it diverged) is lost.</source>
        <translation>pg_rewind konnte %1 nicht zurückholen. Ein Neuklonen löscht sein Datenverzeichnis und kopiert die ganze Datenbank erneut vom Primary; das dauert so lange wie das Kopieren der Datenbank und belastet den Primary währenddessen. Alles, was nur auf %1 geschrieben wurde (nach der Abweichung), geht verloren.</translation>
    </message>
    <message>
        <source>Re-clone %1</source>
        <translation>%1 neu klonen</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — auf %2</translation>
    </message>
    <message>
        <source>✘ %1 failed on %2: %3</source>
        <translation>✘ %1 schlug auf %2 fehl: %3</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
    <message>
        <source>✘ This operation cannot be planned: %1</source>
        <translation>✘ Diese Operation lässt sich nicht planen: %1</translation>
    </message>
    <message>
        <source>Checking that %1 is safe…</source>
        <translation>Prüfe, ob %1 sicher ist…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>This step cannot be interrupted safely; the dialog closes when it ends.</source>
        <translation>Dieser Schritt lässt sich nicht sicher unterbrechen; der Dialog schließt, wenn er endet.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Switch over now</source>
        <translation>Jetzt &amp;umschalten</translation>
    </message>
    <message>
        <source>&amp;Rejoin now</source>
        <translation>Jetzt &amp;wieder einbinden</translation>
    </message>
    <message>
        <source>&amp;Fence now</source>
        <translation>Jetzt &amp;abschotten</translation>
    </message>
    <message>
        <source>&amp;Add the standby</source>
        <translation>Standby &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove the standby</source>
        <translation>Standby &amp;entfernen</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>bestanden: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %n pre-check(s) passed.</source>
        <translation>
            <numerusform>✔ Die %n Vorabprüfung bestanden.</numerusform>
            <numerusform>✔ Alle %n Vorabprüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The pre-checks could not run: %1</source>
        <translation>✘ Die Vorabprüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>the connection is busy</source>
        <translation>die Verbindung ist belegt</translation>
    </message>
    <message numerus="yes">
        <source>✘ %n pre-check(s) failed: nothing was changed. Fix what the list says, then check again.</source>
        <translation>
            <numerusform>✘ %n Vorabprüfung fehlgeschlagen: nichts wurde geändert. Beheben, was die Liste nennt, dann erneut prüfen.</numerusform>
            <numerusform>✘ %n Vorabprüfungen fehlgeschlagen: nichts wurde geändert. Beheben, was die Liste nennt, dann erneut prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: done and verified</source>
        <translation>✔ %1: erledigt und geprüft</translation>
    </message>
    <message>
        <source>○ %1: cancelled before anything changed</source>
        <translation>○ %1: abgebrochen, bevor sich etwas änderte</translation>
    </message>
    <message>
        <source>✘ %1: refused by the pre-checks; nothing was changed</source>
        <translation>✘ %1: von den Vorabprüfungen abgelehnt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>✘ %1: failed</source>
        <translation>✘ %1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>Write outage through the VIP</source>
        <translation>Schreibausfall über die VIP</translation>
    </message>
    <message>
        <source>%1 (%2 writes acknowledged, %3 failed)</source>
        <translation>%1 (%2 Schreibzugriffe bestätigt, %3 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>not measured (no write probe or no write succeeded)</source>
        <translation>nicht gemessen (keine Schreibprobe oder kein Schreibzugriff gelang)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>Was fehlschlug: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <source>Nothing is sent: this is what the operation would run, node by node. Passwords appear as placeholders.</source>
        <translation>Nichts wird gesendet: dies würde die Operation ausführen, Knoten für Knoten. Passwörter erscheinen als Platzhalter.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Stops before the next step; nothing is half done</source>
        <translation>Hält vor dem nächsten Schritt an; nichts bleibt halb erledigt</translation>
    </message>
    <message>
        <source>Past the point of no return: the operation finishes first</source>
        <translation>Nach dem Punkt ohne Umkehr: die Operation wird erst zu Ende geführt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>Jetzt &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Renew now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Run the drill</source>
        <translation>Wiederherstellungstest &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Restore the cluster</source>
        <translation>Cluster &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Pause failover</source>
        <translation>Failover &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume failover</source>
        <translation>Failover &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Versions before and after the upgrade</source>
        <translation>Versionen vor und nach dem Upgrade</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Restart the cluster</source>
        <translation>Cluster &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Upgrade the cluster</source>
        <translation>Cluster &amp;aktualisieren</translation>
    </message>
    <message>
        <source>(up to date)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <source>%1 in all, the longest %2 (%3 writes acknowledged, %4 failed)</source>
        <translation>%1 insgesamt, der längste %2 (%3 Schreibzugriffe bestätigt, %4 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>&amp;Apply the settings</source>
        <translation>Einstellungen &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationResult</name>
    <message>
        <source>Switchover to %1</source>
        <translation>Switchover auf %1</translation>
    </message>
    <message>
        <source>Re-clone of %1</source>
        <translation>Neuklonen von %1</translation>
    </message>
    <message>
        <source>Rejoin of %1</source>
        <translation>Wiedereinbinden von %1</translation>
    </message>
    <message>
        <source>Fence of %1</source>
        <translation>Abschottung von %1</translation>
    </message>
    <message>
        <source>Adding standby %1</source>
        <translation>Standby %1 hinzufügen</translation>
    </message>
    <message>
        <source>Removing standby %1</source>
        <translation>Standby %1 entfernen</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1: abgelehnt, nichts geändert: %2</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 s</source>
        <translation>%1: abgebrochen nach %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>, write outage %1 s (%2 writes failed)</source>
        <translation>, Schreibausfall %1 s (%2 Schreibzugriffe fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: done and verified in %2</source>
        <translation>%1: erledigt und geprüft in %2</translation>
    </message>
    <message>
        <source>%1: FAILED after %2: %3</source>
        <translation>%1: FEHLGESCHLAGEN nach %2: %3</translation>
    </message>
    <message>
        <source>Rotating the passwords (finishing the interrupted run)</source>
        <translation>Passwörter wechseln (unterbrochenen Lauf abschließen)</translation>
    </message>
    <message>
        <source>Rotating the passwords</source>
        <translation>Passwörter wechseln</translation>
    </message>
    <message>
        <source>Renewing the certificates (finishing the interrupted run)</source>
        <translation>Zertifikate erneuern (unterbrochenen Lauf abschließen)</translation>
    </message>
    <message>
        <source>Renewing the certificates</source>
        <translation>Zertifikate erneuern</translation>
    </message>
    <message>
        <source>%1 backup</source>
        <translation>Backup (%1)</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Wiederherstellungstest</translation>
    </message>
    <message>
        <source>Restore to %1</source>
        <translation>Wiederherstellung auf %1</translation>
    </message>
    <message>
        <source>, write outage %1 s in all, the longest %2 s (%3 writes failed)</source>
        <translation>, Schreibausfall insgesamt %1 s, der längste %2 s (%3 Schreibzugriffe fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Die Einstellungen anwenden</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationRunner</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Nicht mit dem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Another phase or operation is running on this cluster.</source>
        <translation>Auf diesem Cluster läuft schon eine andere Phase oder Operation.</translation>
    </message>
    <message>
        <source>The operation can be planned</source>
        <translation>Die Operation lässt sich planen</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again.</source>
        <translation>Warten, bis sie fertig ist, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the node&apos;s name.</source>
        <translation>Den Namen des Knotens prüfen.</translation>
    </message>
    <message>
        <source>Pre-checks for %1</source>
        <translation>Vorabprüfungen für %1</translation>
    </message>
    <message>
        <source>Pre-checks passed (%1 checks)</source>
        <translation>Vorabprüfungen bestanden (%1 Prüfungen)</translation>
    </message>
    <message>
        <source>Pre-checks failed: %1 of %2 checks</source>
        <translation>Vorabprüfungen fehlgeschlagen: %1 von %2 Prüfungen</translation>
    </message>
    <message>
        <source>the pre-checks did not pass</source>
        <translation>die Vorabprüfungen wurden nicht bestanden</translation>
    </message>
    <message>
        <source>Writing through %1:%2 every %3 ms to measure the outage</source>
        <translation>Schreibe alle %3 ms über %1:%2, um den Ausfall zu messen</translation>
    </message>
    <message>
        <source>Starting: %1</source>
        <translation>Beginne: %1</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>der Primary</translation>
    </message>
    <message>
        <source>Switching over: demoting %1, then promoting %2</source>
        <translation>Switchover: stufe %1 herab, dann befördere %2</translation>
    </message>
    <message>
        <source>Waiting for HAProxy and the VIP to send writes to %1</source>
        <translation>Warte, bis HAProxy und die VIP Schreibzugriffe an %1 leiten</translation>
    </message>
    <message>
        <source>Keeping PostgreSQL on %1 stopped</source>
        <translation>Halte PostgreSQL auf %1 angehalten</translation>
    </message>
    <message>
        <source>Checking that %1&apos;s data directory was shut down cleanly</source>
        <translation>Prüfe, ob das Datenverzeichnis von %1 sauber heruntergefahren wurde</translation>
    </message>
    <message>
        <source>Rejoining %1 to %2 (pg_rewind if it diverged)</source>
        <translation>Binde %1 wieder an %2 an (pg_rewind, falls abgewichen)</translation>
    </message>
    <message>
        <source>Re-cloning %1 from %2</source>
        <translation>Klone %1 neu von %2</translation>
    </message>
    <message>
        <source>Fencing %1: mark, start.conf disabled, repmgrd stopped</source>
        <translation>Schotte %1 ab: Marke, start.conf deaktiviert, repmgrd angehalten</translation>
    </message>
    <message>
        <source>Stopping PostgreSQL on %1 and masking its unit</source>
        <translation>Halte PostgreSQL auf %1 an und maskiere seine Unit</translation>
    </message>
    <message>
        <source>Cloning %1 from the current primary</source>
        <translation>Klone %1 vom jetzigen Primary</translation>
    </message>
    <message>
        <source>Unregistering %1 from repmgr</source>
        <translation>Melde %1 bei repmgr ab</translation>
    </message>
    <message>
        <source>Reloading HAProxy on %1</source>
        <translation>Lade HAProxy auf %1 neu</translation>
    </message>
    <message>
        <source>Reloading Keepalived on %1</source>
        <translation>Lade Keepalived auf %1 neu</translation>
    </message>
    <message>
        <source>HAProxy switched: %1:%2 reaches %3; VIP %1 is on the new primary&apos;s side</source>
        <translation>HAProxy umgeschaltet: %1:%2 erreicht %3; die VIP %1 liegt beim neuen Primary</translation>
    </message>
    <message>
        <source>%1 streams from the primary</source>
        <translation>%1 streamt vom Primary</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped and cannot start</source>
        <translation>PostgreSQL auf %1 ist angehalten und kann nicht starten</translation>
    </message>
    <message>
        <source>%1 on %2: already done</source>
        <translation>%1 auf %2: bereits erledigt</translation>
    </message>
    <message>
        <source>Demoting %1: clean shutdown (its WAL goes to %2 first)</source>
        <translation>Stufe %1 herab: sauberes Herunterfahren (sein WAL geht zuerst an %2)</translation>
    </message>
    <message>
        <source>%1 shut down cleanly</source>
        <translation>%1 sauber heruntergefahren</translation>
    </message>
    <message>
        <source>Promoting %1</source>
        <translation>Befördere %1</translation>
    </message>
    <message>
        <source>%1 is the primary now</source>
        <translation>%1 ist jetzt der Primary</translation>
    </message>
    <message>
        <source>Siblings following %1</source>
        <translation>Die übrigen Standbys folgen %1</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 folgt %2</translation>
    </message>
    <message>
        <source>%1 restarted as a standby of %2</source>
        <translation>%1 als Standby von %2 neu gestartet</translation>
    </message>
    <message>
        <source>%1 rejoined as a standby</source>
        <translation>%1 als Standby wieder eingebunden</translation>
    </message>
    <message>
        <source>pg_rewind on %1: discarding what diverged from the primary</source>
        <translation>pg_rewind auf %1: verwerfe, was vom Primary abwich</translation>
    </message>
    <message>
        <source>%1 crashed: crash recovery in single-user mode first</source>
        <translation>%1 ist abgestürzt: zuerst Absturz-Recovery im Einzelbenutzermodus</translation>
    </message>
    <message>
        <source>repmgr reports the switchover successful</source>
        <translation>repmgr meldet den Switchover als erfolgreich</translation>
    </message>
    <message>
        <source>Writes through %1:%2 fail now (%3)</source>
        <translation>Schreibzugriffe über %1:%2 schlagen jetzt fehl (%3)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Writes through %1:%2 accepted again (%3 s without a write)</source>
        <translation>Schreibzugriffe über %1:%2 wieder angenommen (%3 s ohne Schreibzugriff)</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Breche ab</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>step %1 on %2: %3</source>
        <translation>Schritt %1 auf %2: %3</translation>
    </message>
    <message>
        <source>pg_rewind could not bring %1 back. A re-clone (rejoin with re-clone) deletes its data directory and copies it afresh from the primary.</source>
        <translation>pg_rewind konnte %1 nicht zurückholen. Ein Neuklonen (Wiedereinbinden mit Neuklonen) löscht sein Datenverzeichnis und kopiert es neu vom Primary.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying the cluster after %1</source>
        <translation>Prüfe den Cluster nach %1</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified: %1 checks passed</source>
        <translation>Geprüft: %1 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Connect to the cluster again, then check again.</source>
        <translation>Verbinden Sie sich erneut mit dem Cluster und prüfen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>An earlier rotation stopped halfway: finishing it with its stored passwords (%1)</source>
        <translation>Ein früherer Wechsel brach mittendrin ab: Er wird mit seinen gespeicherten Passwörtern abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>New passwords made and kept under pending keys</source>
        <translation>Neue Passwörter erzeugt und unter vorläufigen Schlüsseln abgelegt</translation>
    </message>
    <message>
        <source>The cluster has the new passwords; they stay under the pending keys. Run rotate-secrets again to finish.</source>
        <translation>Der Cluster hat die neuen Passwörter; sie bleiben unter den vorläufigen Schlüsseln. Führen Sie rotate-secrets erneut aus, um abzuschließen.</translation>
    </message>
    <message>
        <source>The new passwords replace the old ones in the keychain</source>
        <translation>Die neuen Passwörter ersetzen die alten im Schlüsselbund</translation>
    </message>
    <message>
        <source>An earlier renewal stopped halfway: finishing it with its stored certificates (%1)</source>
        <translation>Eine frühere Erneuerung brach mittendrin ab: Sie wird mit ihren gespeicherten Zertifikaten abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>New keys and certificates made and kept under pending keys</source>
        <translation>Neue Schlüssel und Zertifikate erzeugt und unter vorläufigen Schlüsseln abgelegt</translation>
    </message>
    <message>
        <source>The nodes have the new certificates; they stay under the pending keys. Run renew-certs again to finish.</source>
        <translation>Die Knoten haben die neuen Zertifikate; sie bleiben unter den vorläufigen Schlüsseln. Führen Sie renew-certs erneut aus, um abzuschließen.</translation>
    </message>
    <message>
        <source>The new certificates replace the old ones in the keychain</source>
        <translation>Die neuen Zertifikate ersetzen die alten im Schlüsselbund</translation>
    </message>
    <message>
        <source>The operation can be planned for the current primary</source>
        <translation>Die Operation lässt sich für den jetzigen Primary planen</translation>
    </message>
    <message>
        <source>Give another standby to switch over to.</source>
        <translation>Einen anderen Standby zum Umschalten angeben.</translation>
    </message>
    <message>
        <source>Writes go to %1 now</source>
        <translation>Schreibzugriffe gehen jetzt an %1</translation>
    </message>
    <message>
        <source>%1 was done already</source>
        <translation>%1 war bereits erledigt</translation>
    </message>
    <message>
        <source>%1 streams and has caught up</source>
        <translation>%1 streamt und hat aufgeholt</translation>
    </message>
</context>
<context>
    <name>pgpilot::OverlaySecretStore</name>
    <message>
        <source>typed secrets for a test: read-only</source>
        <translation>für einen Test eingegebene Geheimnisse: nur lesbar</translation>
    </message>
</context>
<context>
    <name>pgpilot::PauseBanner</name>
    <message>
        <source>▮▮
PAUSED</source>
        <translation>▮▮
PAUSIERT</translation>
    </message>
    <message>
        <source>Automatic failover paused on %1 only, not on %2</source>
        <translation>Automatisches Failover nur auf %1 pausiert, nicht auf %2</translation>
    </message>
    <message>
        <source>Automatic failover paused: the window ended %1 ago</source>
        <translation>Automatisches Failover pausiert: das Zeitfenster endete vor %1</translation>
    </message>
    <message>
        <source>Automatic failover paused: %1 left</source>
        <translation>Automatisches Failover pausiert: noch %1</translation>
    </message>
    <message>
        <source>Automatic failover paused</source>
        <translation>Automatisches Failover pausiert</translation>
    </message>
    <message>
        <source>Since %1 by %2, until %3.</source>
        <translation>Seit %1 von %2, bis %3.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>No window recorded: paused by hand (repmgr service pause), or by a switchover that runs now.</source>
        <translation>Kein Zeitfenster aufgezeichnet: von Hand pausiert (repmgr service pause) oder durch einen gerade laufenden Switchover.</translation>
    </message>
    <message>
        <source>No standby is promoted if the primary fails. Resume: Cluster → Resume automatic failover, or pgpilot unpause.</source>
        <translation>Fällt der Primary aus, wird kein Standby befördert. Fortsetzen: Cluster → Automatisches Failover fortsetzen, oder pgpilot unpause.</translation>
    </message>
</context>
<context>
    <name>pgpilot::PauseDialog</name>
    <message>
        <source>Pause automatic failover of %1</source>
        <translation>Automatisches Failover von %1 pausieren</translation>
    </message>
    <message>
        <source>e.g. kernel update on pg2</source>
        <translation>z. B. Kernel-Update auf pg2</translation>
    </message>
    <message>
        <source>While automatic failover is paused, repmgrd on every node takes no action when the primary fails. Every dashboard, the wall and pgpilot watch show the pause, and raise a critical alarm once the window has passed.</source>
        <translation>Solange das automatische Failover pausiert ist, unternimmt repmgrd auf keinem Knoten etwas, wenn der Primary ausfällt. Jedes Dashboard, die Wand und pgpilot watch zeigen die Pause an und lösen einen kritischen Alarm aus, sobald das Zeitfenster abgelaufen ist.</translation>
    </message>
    <message>
        <source>&amp;Window (30m, 2h, 1h30m; at most 24h):</source>
        <translation>&amp;Zeitfenster (30m, 2h, 1h30m; höchstens 24h):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Fortfahren…</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::PgPoller</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>kein Socket</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>to queries</source>
        <translation>auf Abfragen</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <source>no answer %1 within %2 ms</source>
        <translation>keine Antwort %1 binnen %2 ms</translation>
    </message>
    <message>
        <source>no answer to the status query</source>
        <translation>keine Antwort auf die Statusabfrage</translation>
    </message>
    <message>
        <source>no answer to the queries</source>
        <translation>keine Antwort auf die Abfragen</translation>
    </message>
</context>
<context>
    <name>pgpilot::PhasePage</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>This phase only checks; it changes nothing on the nodes.</source>
        <translation>Diese Phase prüft nur; sie ändert nichts auf den Knoten.</translation>
    </message>
    <message>
        <source>Find in this node&apos;s log (Enter for next)</source>
        <translation>Im Protokoll dieses Knotens suchen (Enter für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Checkpoint: not run yet.</source>
        <translation>Prüfpunkt: noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Run phase %1</source>
        <translation>Phase %1 ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry step</source>
        <translation>Schritt wiederholen</translation>
    </message>
    <message>
        <source>Retry phase</source>
        <translation>Phase wiederholen</translation>
    </message>
    <message>
        <source>Show commands</source>
        <translation>Befehle zeigen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run only this phase&apos;s checkpoint, e.g. after repairing a node by hand.</source>
        <translation>Nur den Prüfpunkt dieser Phase ausführen, z. B. nachdem ein Knoten von Hand repariert wurde.</translation>
    </message>
    <message>
        <source>Live view starts with the phase.</source>
        <translation>Die Live-Ansicht beginnt mit der Phase.</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Phase %1 is destructive</source>
        <translation>Phase %1 ist zerstörerisch</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message>
        <source>Checkpoint: waiting for the steps.</source>
        <translation>Prüfpunkt: wartet auf die Schritte.</translation>
    </message>
    <message>
        <source>Checkpoint: running...</source>
        <translation>Prüfpunkt: läuft...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase %1 stopped.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Phase %1 angehalten.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Was tun:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checkpoint: not run, the phase stopped before its end.</source>
        <translation>Prüfpunkt: nicht ausgeführt, die Phase hielt vor ihrem Ende an.</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation>%1 — wahrscheinliche Ursache: %2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#14501a&apos;&gt;✔ Checkpoint passed&lt;/b&gt; — you can go on.</source>
        <translation>&lt;b style=&apos;color:#14501a&apos;&gt;✔ Prüfpunkt bestanden&lt;/b&gt; — es kann weitergehen.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a30b0b&apos;&gt;✖ Checkpoint failed&lt;/b&gt; — fix what the table shows, then Retry phase.</source>
        <translation>&lt;b style=&apos;color:#a30b0b&apos;&gt;✖ Prüfpunkt fehlgeschlagen&lt;/b&gt; — beheben, was die Tabelle zeigt, dann „Phase wiederholen“.</translation>
    </message>
    <message>
        <source>Commands of %1 on %2</source>
        <translation>Befehle von %1 auf %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>Primary: %1   ·   VIP on: %2   ·   port %3 → %4</source>
        <translation>Primary: %1   ·   VIP auf: %2   ·   Port %3 → %4</translation>
    </message>
    <message>
        <source>%1  primary %2, VIP on %3, writes go to %4</source>
        <translation>%1  Primary %2, VIP auf %3, Schreibzugriffe gehen an %4</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Elapsed %1 s</source>
        <translation>Vergangen %1 s</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>done earlier</source>
        <translation>früher erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Output per node</source>
        <translation>Ausgabe je Knoten</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreib</translation>
    </message>
    <message>
        <source>Preview changes...</source>
        <translation>Vorschau der Änderungen...</translation>
    </message>
    <message>
        <source>Show, per node and file, what this phase would change and which services it would restart, without changing anything.</source>
        <translation>Pro Knoten und Datei anzeigen, was diese Phase ändern würde und welche Dienste sie neu starten würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Preview and apply phase %1...</source>
        <translation>Vorschau und Anwenden von Phase %1...</translation>
    </message>
</context>
<context>
    <name>pgpilot::Platform</name>
    <message>
        <source>Ubuntu 24.04 LTS + PGDG</source>
        <translation>Ubuntu 24.04 LTS + PGDG</translation>
    </message>
    <message>
        <source>Debian 13 (trixie)</source>
        <translation>Debian 13 (trixie)</translation>
    </message>
    <message>
        <source>Debian 12 (bookworm)</source>
        <translation>Debian 12 (bookworm)</translation>
    </message>
</context>
<context>
    <name>pgpilot::PreviewDialog</name>
    <message>
        <source>owner and mode change</source>
        <translation>Änderung von Eigentümer und Modus</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>neue Datei</translation>
    </message>
    <message>
        <source>from the keychain (not shown)</source>
        <translation>aus dem Schlüsselbund (nicht angezeigt)</translation>
    </message>
    <message>
        <source>could not be compared</source>
        <translation>konnte nicht verglichen werden</translation>
    </message>
    <message>
        <source>What phase %1 would change</source>
        <translation>Was Phase %1 ändern würde</translation>
    </message>
    <message>
        <source>Reading every node (nothing is changed)...</source>
        <translation>Alle Knoten werden gelesen (es wird nichts geändert)...</translation>
    </message>
    <message>
        <source>Changes per node</source>
        <translation>Änderungen pro Knoten</translation>
    </message>
    <message>
        <source>Node, step, file</source>
        <translation>Knoten, Schritt, Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Apply phase %1</source>
        <translation>Phase %1 anwenden</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>würde ausgeführt</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>falls nötig</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>runs: %1
</source>
        <translation>führt aus: %1
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source> (if needed)</source>
        <translation> (falls nötig)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <source>New file:
</source>
        <translation>Neue Datei:
</translation>
    </message>
    <message>
        <source>The content is the same.</source>
        <translation>Der Inhalt ist gleich.</translation>
    </message>
    <message>
        <source>Written from the keychain; its content is not shown.</source>
        <translation>Aus dem Schlüsselbund geschrieben; der Inhalt wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Owner and mode: %1 -&gt; %2
</source>
        <translation>Eigentümer und Modus: %1 -&gt; %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to run</source>
        <translation>
            <numerusform>%n Schritt auszuführen</numerusform>
            <numerusform>%n Schritte auszuführen</numerusform>
        </translation>
    </message>
    <message>
        <source>No service would be reloaded, restarted or stopped.</source>
        <translation>Kein Dienst würde neu geladen, neu gestartet oder gestoppt.</translation>
    </message>
    <message>
        <source>Services affected: %1</source>
        <translation>Betroffene Dienste: %1</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Die Vorschau konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Some nodes could not be read (marked below): the preview is incomplete, so the phase cannot be applied from here.</source>
        <translation>Einige Knoten konnten nicht gelesen werden (unten markiert): Die Vorschau ist unvollständig, daher kann die Phase nicht von hier aus angewendet werden.</translation>
    </message>
    <message>
        <source>Nothing to change: every step of phase %1 is already done.</source>
        <translation>Nichts zu ändern: Jeder Schritt von Phase %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Phase %1 would make the changes below. Nothing has been changed yet; select a file to see its difference.</source>
        <translation>Phase %1 würde die folgenden Änderungen vornehmen. Bisher wurde nichts geändert; eine Datei auswählen, um ihren Unterschied zu sehen.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Reader</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;.</source>
        <translation>%1: unbekannter Wert „%2“.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>eine Liste ganzer Zahlen</translation>
    </message>
    <message>
        <source>unknown field (a typo?); %1 takes: %2</source>
        <translation>unbekanntes Feld (ein Tippfehler?); %1 nimmt: %2</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>must be an object ({ ... })</source>
        <translation>muss ein Objekt sein ({ ... })</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen 0 und %1 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity: warning or critical</source>
        <translation>„%1“ ist kein Schweregrad: warning oder critical</translation>
    </message>
    <message>
        <source>an object of names and values</source>
        <translation>ein Objekt aus Namen und Werten</translation>
    </message>
    <message>
        <source>a value such as &quot;64MB&quot;, 200 or true</source>
        <translation>ein Wert wie „64MB“, 200 oder true</translation>
    </message>
</context>
<context>
    <name>pgpilot::ReplayBar</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Seconds of history replayed per second</source>
        <translation>Sekunden Verlauf, die je Sekunde wiedergegeben werden</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Leave the replay and show the cluster as it is now (End)</source>
        <translation>Die Wiedergabe verlassen und den Cluster im jetzigen Zustand zeigen (Ende)</translation>
    </message>
    <message>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <source>One minute back (Shift+Left)</source>
        <translation>Eine Minute zurück (Umschalt+Links)</translation>
    </message>
    <message>
        <source>− 1 s</source>
        <translation>− 1 s</translation>
    </message>
    <message>
        <source>One second back (Left)</source>
        <translation>Eine Sekunde zurück (Links)</translation>
    </message>
    <message>
        <source>+ 1 s</source>
        <translation>+ 1 s</translation>
    </message>
    <message>
        <source>One second on (Right)</source>
        <translation>Eine Sekunde vor (Rechts)</translation>
    </message>
    <message>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <source>One minute on (Shift+Right)</source>
        <translation>Eine Minute vor (Umschalt+Rechts)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No history stored yet</source>
        <translation>Noch kein Verlauf gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1 (%2)</source>
        <translation>Wiedergabe %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pgpilot::RollingDialog</name>
    <message>
        <source>Minor upgrade</source>
        <translation>Minor-Upgrade</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Rollierender Neustart</translation>
    </message>
    <message>
        <source>Installs the new versions the nodes&apos; package source offers, one node at a time: the standbys first, then a switchover, then the old primary. Writes pause once, for the switchover. The next page shows every node&apos;s installed and new versions before anything changes.</source>
        <translation>Installiert die neuen Versionen, die die Paketquelle der Knoten anbietet, ein Knoten nach dem anderen: zuerst die Standbys, dann ein Switchover, dann der alte Primary. Schreibzugriffe pausieren einmal, für den Switchover. Die nächste Seite zeigt die installierten und neuen Versionen jedes Knotens, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Restarts PostgreSQL on every node, one node at a time: the standbys first, then a switchover, then repmgr restarts the old primary as a standby. Writes pause once, for the switchover. Settings waiting for a restart take effect.</source>
        <translation>Startet PostgreSQL auf jedem Knoten neu, ein Knoten nach dem anderen: zuerst die Standbys, dann ein Switchover, dann startet repmgr den alten Primary als Standby neu. Schreibzugriffe pausieren einmal, für den Switchover. Einstellungen, die auf einen Neustart warten, werden wirksam.</translation>
    </message>
    <message>
        <source>The first standby of the worksheet</source>
        <translation>Der erste Standby des Arbeitsblatts</translation>
    </message>
    <message>
        <source>Switch over to:</source>
        <translation>Umschalten auf:</translation>
    </message>
    <message>
        <source>Switch back at the end</source>
        <translation>Am Ende zurückschalten</translation>
    </message>
    <message>
        <source>Switch back to %1 at the end</source>
        <translation>Am Ende auf %1 zurückschalten</translation>
    </message>
    <message>
        <source>A second switchover: writes pause a second time.</source>
        <translation>Ein zweiter Switchover: Schreibzugriffe pausieren ein zweites Mal.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Continue to the pre-checks</source>
        <translation>Weiter zu den Vorabprüfungen</translation>
    </message>
    <message>
        <source>Tick at least one package.</source>
        <translation>Mindestens ein Paket ankreuzen.</translation>
    </message>
</context>
<context>
    <name>pgpilot::RoutingChart</name>
    <message>
        <source>HAProxy routing: writes (line) and reads (dots) per node</source>
        <translation>HAProxy-Routing: Schreiben (Linie) und Lesen (Punkte) je Knoten</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>%1: writes to %2</source>
        <translation>%1: Schreiben an %2</translation>
    </message>
    <message>
        <source>%1: reads to %2</source>
        <translation>%1: Lesen an %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::ScheduleRunner</name>
    <message>
        <source>#%1: cannot claim it: %2</source>
        <translation>#%1: kann sie nicht beanspruchen: %2</translation>
    </message>
    <message>
        <source>#%1: claimed by another watcher (or no longer scheduled)</source>
        <translation>#%1: von einem anderen pgpilot watch beansprucht (oder nicht mehr geplant)</translation>
    </message>
    <message>
        <source>#%1: claimed: %2 (scheduled for %3 by %4)</source>
        <translation>#%1: beansprucht: %2 (geplant für %3 von %4)</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1: abgelehnt, nichts geändert: %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>#%1: no write probe: %2</source>
        <translation>#%1: keine Schreibprobe: %2</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>#%1: the result could not be recorded: %2</source>
        <translation>#%1: Das Ergebnis konnte nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>#%1: the result could not be recorded in %2: %3</source>
        <translation>#%1: Das Ergebnis konnte nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <source>the row is no longer ours</source>
        <translation>die Zeile gehört nicht mehr uns</translation>
    </message>
    <message>
        <source>#%1: recorded as %2 on %3</source>
        <translation>#%1: als %2 auf %3 aufgezeichnet</translation>
    </message>
    <message>
        <source>#%1: cannot mark it failed: %2</source>
        <translation>#%1: kann sie nicht als fehlgeschlagen markieren: %2</translation>
    </message>
    <message>
        <source>#%1: left running for over %2 h by a watcher that stopped: marked failed</source>
        <translation>#%1: von einem beendeten pgpilot watch seit über %2 h laufend hinterlassen: als fehlgeschlagen markiert</translation>
    </message>
</context>
<context>
    <name>pgpilot::ScheduleStrip</name>
    <message>
        <source>SCHEDULED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>Scheduled operations (a running pgpilot watch starts each at its time; pgpilot schedule --cancel calls one off):</source>
        <translation>Geplante Operationen (ein laufendes pgpilot watch startet jede zu ihrer Zeit; pgpilot schedule --cancel sagt eine ab):</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretBundle</name>
    <message>
        <source>Cannot open the secrets bundle: wrong passphrase, or the file was changed.</source>
        <translation>Das Geheimnisbündel kann nicht geöffnet werden: falsche Passphrase, oder die Datei wurde geändert.</translation>
    </message>
    <message>
        <source>This is not a pgpilot secrets bundle (its first line is not &quot;pgpilot secrets bundle %1&quot;).</source>
        <translation>Dies ist kein pgpilot-Geheimnisbündel (seine erste Zeile ist nicht „pgpilot secrets bundle %1“).</translation>
    </message>
    <message>
        <source>This secrets bundle has format %1, made by a newer pgpilot; this one reads format %2. Import it with that newer pgpilot.</source>
        <translation>Dieses Geheimnisbündel hat das Format %1 eines neueren pgpilot; dieses liest Format %2. Importieren Sie es mit jenem neueren pgpilot.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A secrets bundle needs the cluster&apos;s name.</source>
        <translation>Ein Geheimnisbündel braucht den Namen des Clusters.</translation>
    </message>
    <message>
        <source>%1 is not a secret reference (pgpilot:&lt;cluster&gt;:&lt;name&gt;).</source>
        <translation>%1 ist kein Geheimnisverweis (pgpilot:&lt;cluster&gt;:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>The secrets could not be encrypted (OpenSSL failed).</source>
        <translation>Die Geheimnisse konnten nicht verschlüsselt werden (OpenSSL ist gescheitert).</translation>
    </message>
    <message>
        <source>The bundle opened, but what it holds is not a list of pgpilot secrets.</source>
        <translation>Das Bündel ließ sich öffnen, enthält aber keine Liste von pgpilot-Geheimnissen.</translation>
    </message>
    <message>
        <source>%1 is not a pgpilot secrets bundle (it is far too large).</source>
        <translation>%1 ist kein pgpilot-Geheimnisbündel (die Datei ist viel zu groß).</translation>
    </message>
    <message>
        <source>%1 holds the secrets of the cluster %2, not of %3 (the worksheet&apos;s cluster).</source>
        <translation>%1 enthält die Geheimnisse des Clusters %2, nicht die von %3 (dem Cluster des Arbeitsblatts).</translation>
    </message>
    <message>
        <source>%1 exists already; pgpilot does not overwrite it. Choose another name, or remove that file first.</source>
        <translation>%1 existiert bereits; pgpilot überschreibt es nicht. Wählen Sie einen anderen Namen oder entfernen Sie diese Datei zuerst.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretStore</name>
    <message>
        <source>Secrets are kept in memory only and are forgotten when pgpilot quits.</source>
        <translation>Geheimnisse bleiben nur im Speicher und sind vergessen, wenn pgpilot endet.</translation>
    </message>
    <message>
        <source>No secret named %1.</source>
        <translation>Kein Geheimnis namens %1.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no secret store to read the secrets from.</source>
        <translation>Es gibt keinen Geheimnisspeicher, aus dem die Geheimnisse gelesen werden könnten.</translation>
    </message>
    <message>
        <source>There is no secret store to write the secrets to.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in den die Geheimnisse geschrieben werden könnten.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>The worksheet&apos;s settings section against every node, as each node&apos;s PostgreSQL reports it (pg_settings). A reload applies most parameters; those PostgreSQL reads only at start wait for a rolling restart: the standbys one at a time, then a switchover.</source>
        <translation>Der Abschnitt „Einstellungen“ des Arbeitsblatts im Vergleich mit jedem Knoten, so wie dessen PostgreSQL die Werte meldet (pg_settings). Ein Neuladen macht die meisten Parameter wirksam; die, die PostgreSQL nur beim Start liest, warten auf einen rollierenden Neustart: die Standbys einer nach dem anderen, dann ein Switchover.</translation>
    </message>
    <message>
        <source>Parameters: in effect, on the worksheet, and what a change needs</source>
        <translation>Parameter: wirksam, im Arbeitsblatt und was eine Änderung braucht</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Apply...</source>
        <translation>&amp;Anwenden...</translation>
    </message>
    <message>
        <source>Reading the nodes&apos; settings...</source>
        <translation>Lese die Einstellungen der Knoten...</translation>
    </message>
    <message>
        <source>Cannot read the nodes&apos; settings: %1</source>
        <translation>Die Einstellungen der Knoten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no connection to the cluster</source>
        <translation>keine Verbindung zum Cluster</translation>
    </message>
    <message>
        <source>every node</source>
        <translation>alle Knoten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Pre-checks, then write and reload on every node (nothing restarts)</source>
        <translation>Vorabprüfungen, dann auf jedem Knoten schreiben und neu laden (nichts wird neu gestartet)</translation>
    </message>
    <message>
        <source>Rolling res&amp;tart...</source>
        <translation>&amp;Rollierender Neustart...</translation>
    </message>
    <message>
        <source>Restart PostgreSQL one node at a time, the primary by a switchover</source>
        <translation>PostgreSQL einen Knoten nach dem anderen neu starten, den Primary per Switchover</translation>
    </message>
</context>
<context>
    <name>pgpilot::SettingsInspector</name>
    <message>
        <source>no node answered</source>
        <translation>kein Knoten hat geantwortet</translation>
    </message>
    <message>
        <source>its settings could not be read: %1</source>
        <translation>seine Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>pgpilot::SetupWizard</name>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Connect to nodes</source>
        <translation>Mit Knoten verbinden</translation>
    </message>
    <message>
        <source>0  Pre-flight checks</source>
        <translation>0  Vorabprüfungen</translation>
    </message>
    <message>
        <source>1  Base install</source>
        <translation>1  Grundinstallation</translation>
    </message>
    <message>
        <source>2  PostgreSQL configuration</source>
        <translation>2  PostgreSQL-Konfiguration</translation>
    </message>
    <message>
        <source>3  repmgr cluster</source>
        <translation>3  repmgr-Cluster</translation>
    </message>
    <message>
        <source>4  HAProxy, health check, VIP</source>
        <translation>4  HAProxy, Health-Prüfung, VIP</translation>
    </message>
    <message>
        <source>5  Failover validation</source>
        <translation>5  Failover-Test</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Wait for this phase to finish, or cancel it.</source>
        <translation>Warten, bis diese Phase fertig ist, oder sie abbrechen.</translation>
    </message>
    <message>
        <source>Fix the problems shown on this page to go on.</source>
        <translation>Die auf dieser Seite gezeigten Probleme beheben, um weiterzukommen.</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>6  Backups</source>
        <translation>6  Backups</translation>
    </message>
</context>
<context>
    <name>pgpilot::SiteCertificatesDialog</name>
    <message>
        <source>Import the site&apos;s certificates of %1</source>
        <translation>Standortzertifikate für %1 importieren</translation>
    </message>
    <message>
        <source>The site&apos;s CA certificate, and for every node its certificate (then any intermediates) and its private key, unencrypted, as PEM files. Each certificate must name the node&apos;s address and the VIP (%1) as IP subject alternative names.</source>
        <translation>Das CA-Zertifikat des Standorts und für jeden Knoten sein Zertifikat (danach etwaige Zwischenzertifikate) und sein privater Schlüssel, unverschlüsselt, als PEM-Dateien. Jedes Zertifikat muss die Adresse des Knotens und die VIP (%1) als IP-Subject-Alternative-Names nennen.</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>%1 certificate:</source>
        <translation>Zertifikat von %1:</translation>
    </message>
    <message>
        <source>%1 key:</source>
        <translation>Schlüssel von %1:</translation>
    </message>
    <message>
        <source>A renewal: keep them for Renew certificates (no restart), with the same CA</source>
        <translation>Eine Erneuerung: für „Zertifikate erneuern“ aufbewahren (kein Neustart), mit derselben CA</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was stored:</source>
        <translation>Nichts wurde gespeichert:</translation>
    </message>
    <message>
        <source>%1: no file chosen.</source>
        <translation>%1: keine Datei gewählt.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>Schlüssel von %1</translation>
    </message>
    <message numerus="yes">
        <source>The certificates and keys of %n node(s) are waiting for Renew certificates, which puts them in service without a restart.</source>
        <translation>
            <numerusform>Die Zertifikate und Schlüssel von %n Knoten warten auf „Zertifikate erneuern“, das sie ohne Neustart in Betrieb nimmt.</numerusform>
            <numerusform>Die Zertifikate und Schlüssel von %n Knoten warten auf „Zertifikate erneuern“, das sie ohne Neustart in Betrieb nimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site&apos;s CA and the certificates of %n node(s) are in the keychain. Run phase 2 to write them to the nodes (a reload, no restart).</source>
        <translation>
            <numerusform>Die CA des Standorts und die Zertifikate von %n Knoten sind im Schlüsselbund. Führen Sie Phase 2 aus, um sie auf die Knoten zu schreiben (ein Reload, kein Neustart).</numerusform>
            <numerusform>Die CA des Standorts und die Zertifikate von %n Knoten sind im Schlüsselbund. Führen Sie Phase 2 aus, um sie auf die Knoten zu schreiben (ein Reload, kein Neustart).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::SmtpChannel</name>
    <message>
        <source>%1: %2 (%3 attempt(s), %4 ms)</source>
        <translation>%1: %2 (%3 Versuch(e), %4 ms)</translation>
    </message>
    <message>
        <source>%1 (after %2 attempt(s))</source>
        <translation>%1 (nach %2 Versuch(en))</translation>
    </message>
</context>
<context>
    <name>pgpilot::SmtpSender</name>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (after %3)</source>
        <translation>%1: keine Antwort innerhalb von %2 s (nach %3)</translation>
    </message>
    <message>
        <source>the server: %1</source>
        <translation>der Server: %1</translation>
    </message>
    <message>
        <source>the port: 0 is not a port</source>
        <translation>der Port: 0 ist kein Port</translation>
    </message>
    <message>
        <source>the sender (from): %1</source>
        <translation>der Absender (from): %1</translation>
    </message>
    <message>
        <source>no recipient (to)</source>
        <translation>kein Empfänger (to)</translation>
    </message>
    <message>
        <source>a recipient (to): %1</source>
        <translation>ein Empfänger (to): %1</translation>
    </message>
    <message>
        <source>without TLS the password and the messages would cross the network readable: tls none is only for a server on this machine (127.0.0.1, localhost); use starttls or tls, or set allow_plaintext if you really mean it</source>
        <translation>ohne TLS gingen Passwort und Nachrichten lesbar über das Netzwerk: tls none ist nur für einen Server auf diesem Rechner (127.0.0.1, localhost); starttls oder tls verwenden oder allow_plaintext setzen, wenn es wirklich so gemeint ist</translation>
    </message>
    <message>
        <source>the user holds a control character</source>
        <translation>der Benutzer enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a user (%1) but no password: store it in the keychain entry named by password_secret</source>
        <translation>ein Benutzer (%1), aber kein Passwort: es im Schlüsselbund-Eintrag speichern, den password_secret nennt</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no PEM certificate in the CA file %2</source>
        <translation>%1: kein PEM-Zertifikat in der CA-Datei %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate is not trusted (%2); give the CA that signed it as ca_file</source>
        <translation>%1: dem Zertifikat des Servers wird nicht vertraut (%2); die CA, die es signiert hat, als ca_file angeben</translation>
    </message>
    <message>
        <source>%1: a reply line longer than 64 KiB</source>
        <translation>%1: eine Antwortzeile länger als 64 KiB</translation>
    </message>
    <message>
        <source>%1: not an SMTP reply: %2</source>
        <translation>%1: keine SMTP-Antwort: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the server does not take mail now</source>
        <translation>der Server nimmt gerade keine Mail an</translation>
    </message>
    <message>
        <source>EHLO refused</source>
        <translation>EHLO abgelehnt</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>the login as %1 was refused</source>
        <translation>die Anmeldung als %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>AUTH LOGIN refused</source>
        <translation>AUTH LOGIN abgelehnt</translation>
    </message>
    <message>
        <source>the sender %1 was refused</source>
        <translation>der Absender %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the recipient %1 was refused for now</source>
        <translation>der Empfänger %1 wurde vorerst abgelehnt</translation>
    </message>
    <message>
        <source>DATA refused</source>
        <translation>DATA abgelehnt</translation>
    </message>
    <message>
        <source>the message was refused</source>
        <translation>die Nachricht wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1: delivered to %2 only; refused: %3</source>
        <translation>%1: nur an %2 zugestellt; abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS, and without it the messages (and the password) would cross the network readable; use tls (port 465) if it speaks TLS from the start</source>
        <translation>%1: der Server bietet kein STARTTLS an, und ohne es gingen die Nachrichten (und das Passwort) lesbar über das Netzwerk; tls (Port 465) verwenden, wenn er von Anfang an TLS spricht</translation>
    </message>
    <message>
        <source>%1: the server offers no login (AUTH) on this connection; leave the user empty if it takes mail without one</source>
        <translation>%1: der Server bietet auf dieser Verbindung keine Anmeldung (AUTH) an; den Benutzer leer lassen, wenn er Mail ohne Anmeldung annimmt</translation>
    </message>
    <message>
        <source>%1: the server offers no login pgpilot speaks (PLAIN, LOGIN); it offers %2</source>
        <translation>%1: der Server bietet keine Anmeldung an, die pgpilot beherrscht (PLAIN, LOGIN); er bietet %2</translation>
    </message>
    <message>
        <source>%1: every recipient was refused: %2</source>
        <translation>%1: alle Empfänger wurden abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::SnapshotText</name>
    <message numerus="yes">
        <source>synchronous quorum: ANY %1 of %n standbys</source>
        <translation>
            <numerusform>synchrones Quorum: ANY %1 von %n Standby</numerusform>
            <numerusform>synchrones Quorum: ANY %1 von %n Standbys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synchronous priority: FIRST %1 of %n standbys</source>
        <translation>
            <numerusform>synchrone Priorität: FIRST %1 von %n Standby</numerusform>
            <numerusform>synchrone Priorität: FIRST %1 von %n Standbys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::SpecValidator</name>
    <message>
        <source>It contains a line break.</source>
        <translation>Er enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>It contains a carriage return.</source>
        <translation>Er enthält einen Wagenrücklauf.</translation>
    </message>
    <message>
        <source>It contains a tab.</source>
        <translation>Er enthält einen Tabulator.</translation>
    </message>
    <message>
        <source>It contains a space.</source>
        <translation>Er enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>It contains a quote (&apos;).</source>
        <translation>Er enthält ein Anführungszeichen (&apos;).</translation>
    </message>
    <message>
        <source>It contains a quote (&quot;).</source>
        <translation>Er enthält ein Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>It contains a backtick (`).</source>
        <translation>Er enthält einen Backtick (`).</translation>
    </message>
    <message>
        <source>It contains &apos;$&apos;.</source>
        <translation>Er enthält &apos;$&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;;&apos;.</source>
        <translation>Er enthält &apos;;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&amp;&apos;.</source>
        <translation>Er enthält &apos;&amp;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;|&apos;.</source>
        <translation>Er enthält &apos;|&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&lt;&apos;.</source>
        <translation>Er enthält &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&gt;&apos;.</source>
        <translation>Er enthält &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>It contains a backslash.</source>
        <translation>Er enthält einen Backslash.</translation>
    </message>
    <message>
        <source>It contains &apos;*&apos;.</source>
        <translation>Er enthält &apos;*&apos;.</translation>
    </message>
    <message>
        <source>It contains the invisible character %1 at position %2: delete it and type the value again.</source>
        <translation>Er enthält das unsichtbare Zeichen %1 an Position %2: es löschen und den Wert neu eintippen.</translation>
    </message>
    <message>
        <source>It contains the non-ASCII character &apos;%1&apos; (%2) at position %3: it may look like a Latin letter, digit or sign but is not one. Type the value again with a plain keyboard layout.</source>
        <translation>Er enthält das Nicht-ASCII-Zeichen &apos;%1&apos; (%2) an Position %3: es sieht womöglich wie ein lateinischer Buchstabe, eine Ziffer oder ein Zeichen aus, ist aber keines. Den Wert mit einer einfachen Tastaturbelegung neu eintippen.</translation>
    </message>
    <message>
        <source>It is %1 characters long.</source>
        <translation>Er ist %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>PostgreSQL listens on localhost and the node&apos;s address.</source>
        <translation>PostgreSQL lauscht auf localhost und der Adresse des Knotens.</translation>
    </message>
    <message>
        <source>the port every node uses.</source>
        <translation>der Port, den jeder Knoten verwendet.</translation>
    </message>
    <message>
        <source>scram-sha-256, which pg_hba.conf&apos;s rules expect.</source>
        <translation>scram-sha-256, das die Regeln in pg_hba.conf erwarten.</translation>
    </message>
    <message>
        <source>replica, for streaming replication.</source>
        <translation>replica, für Streaming-Replikation.</translation>
    </message>
    <message>
        <source>on: standbys serve reads.</source>
        <translation>on: Standbys bedienen Lesezugriffe.</translation>
    </message>
    <message>
        <source>derived from the number of nodes.</source>
        <translation>aus der Anzahl der Knoten abgeleitet.</translation>
    </message>
    <message>
        <source>what a standby may fall behind without a slot.</source>
        <translation>wie weit ein Standby ohne Slot zurückfallen darf.</translation>
    </message>
    <message>
        <source>set it there.</source>
        <translation>dort festlegen.</translation>
    </message>
    <message>
        <source>the quorum fence and failover timings count on it.</source>
        <translation>die Quorum-Abschottung und die Failover-Zeiten bauen darauf.</translation>
    </message>
    <message>
        <source>on: pg_rewind needs it to rejoin a former primary.</source>
        <translation>on: pg_rewind braucht es, um einen früheren Primary wieder einzubinden.</translation>
    </message>
    <message>
        <source>repmgr must be loaded; other libraries are not offered yet.</source>
        <translation>repmgr muss geladen sein; andere Bibliotheken werden noch nicht angeboten.</translation>
    </message>
    <message>
        <source>pgBackRest&apos;s archiving sets it.</source>
        <translation>die Archivierung von pgBackRest setzt ihn.</translation>
    </message>
    <message>
        <source>repmgr writes it for pgBackRest&apos;s archive.</source>
        <translation>repmgr schreibt ihn für das Archiv von pgBackRest.</translation>
    </message>
    <message>
        <source>set the mode and replication.syncQuorum there.</source>
        <translation>dort den Modus und replication.syncQuorum festlegen.</translation>
    </message>
    <message>
        <source>repmgr points each standby at the primary.</source>
        <translation>repmgr richtet jeden Standby auf den Primary aus.</translation>
    </message>
    <message>
        <source>a point-in-time recovery sets it for its run only.</source>
        <translation>eine Point-in-Time-Recovery setzt ihn nur für ihren Lauf.</translation>
    </message>
    <message>
        <source>repmgr promotes.</source>
        <translation>repmgr befördert.</translation>
    </message>
    <message>
        <source>set TLS there.</source>
        <translation>TLS dort festlegen.</translation>
    </message>
    <message>
        <source>pg_ctlcluster and pgpilot find the cluster there.</source>
        <translation>pg_ctlcluster und pgpilot finden den Cluster dort.</translation>
    </message>
    <message>
        <source>pgpilot writes its rules into that file.</source>
        <translation>pgpilot schreibt seine Regeln in diese Datei.</translation>
    </message>
    <message>
        <source>pgpilot&apos;s psql connects through /var/run/postgresql.</source>
        <translation>Das psql von pgpilot verbindet sich über /var/run/postgresql.</translation>
    </message>
    <message>
        <source>settings are values, never other files.</source>
        <translation>Einstellungen sind Werte, nie andere Dateien.</translation>
    </message>
    <message>
        <source>HAProxy checks an up server every %1 to %2 ms.</source>
        <translation>HAProxy prüft einen laufenden Server alle %1 bis %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy checks a down server every %1 to %2 ms.</source>
        <translation>HAProxy prüft einen ausgefallenen Server alle %1 bis %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy marks a server down after %1 to %2 failed checks.</source>
        <translation>HAProxy markiert einen Server nach %1 bis %2 fehlgeschlagenen Prüfungen als ausgefallen.</translation>
    </message>
    <message>
        <source>HAProxy marks a server up after %1 to %2 good checks.</source>
        <translation>HAProxy markiert einen Server nach %1 bis %2 erfolgreichen Prüfungen als verfügbar.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s connect timeout is %1 to %2 ms.</source>
        <translation>Das Verbindungs-Zeitlimit von HAProxy beträgt %1 bis %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s check timeout is %1 to %2 ms.</source>
        <translation>Das Prüf-Zeitlimit von HAProxy beträgt %1 bis %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy closes an idle client connection after %1 to %2 s (pooled connections sit idle for long stretches).</source>
        <translation>HAProxy schließt eine inaktive Client-Verbindung nach %1 bis %2 s (gepoolte Verbindungen sind oft lange inaktiv).</translation>
    </message>
    <message>
        <source>HAProxy closes an idle server connection after %1 to %2 s.</source>
        <translation>HAProxy schließt eine inaktive Server-Verbindung nach %1 bis %2 s.</translation>
    </message>
    <message>
        <source>Keepalived sends a VRRP advert every %1 to %2 ms.</source>
        <translation>Keepalived sendet alle %1 bis %2 ms ein VRRP-Advertisement.</translation>
    </message>
    <message>
        <source>Keepalived checks the primary every %1 to %2 s.</source>
        <translation>Keepalived prüft den Primary alle %1 bis %2 s.</translation>
    </message>
    <message>
        <source>Keepalived&apos;s check may take %1 to %2 s (it waits up to 2 s for the health answer).</source>
        <translation>Die Prüfung von Keepalived darf %1 bis %2 s dauern (sie wartet bis zu 2 s auf die Antwort des Health-Dienstes).</translation>
    </message>
    <message>
        <source>Keepalived gives the VIP up after %1 to %2 failed checks.</source>
        <translation>Keepalived gibt die VIP nach %1 bis %2 fehlgeschlagenen Prüfungen ab.</translation>
    </message>
    <message>
        <source>Keepalived claims the VIP after %1 to %2 good checks.</source>
        <translation>Keepalived übernimmt die VIP nach %1 bis %2 erfolgreichen Prüfungen.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SshBackupProbe</name>
    <message>
        <source>the status script exited with %1: %2</source>
        <translation>das Status-Skript endete mit %1: %2</translation>
    </message>
    <message>
        <source>%1 is not installed on %2: apply phase 6</source>
        <translation>%1 ist auf %2 nicht installiert: Phase 6 anwenden</translation>
    </message>
</context>
<context>
    <name>pgpilot::SshWorker</name>
    <message>
        <source>%1: cancelled before it started.</source>
        <translation>%1: abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>%1: could not create an SSH session.</source>
        <translation>%1: es konnte keine SSH-Sitzung angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot reach the jump host: %2</source>
        <translation>%1: der Jump-Host ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: the jump host %2 could not open a connection to the node: %3</source>
        <translation>%1: der Jump-Host %2 konnte keine Verbindung zum Knoten öffnen: %3</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2. Check that the node is up, the address and port are right and a firewall lets SSH through.</source>
        <translation>%1: Verbindung nicht möglich: %2. Prüfen, ob der Knoten läuft, Adresse und Port stimmen und eine Firewall SSH durchlässt.</translation>
    </message>
    <message>
        <source>%1: the server sent no host key.</source>
        <translation>%1: der Server sandte keinen Host-Key.</translation>
    </message>
    <message>
        <source>%1: the host key has CHANGED. Stored: %2; offered now: %3. This can mean the node was reinstalled, or that someone is intercepting the connection. pgpilot refuses to connect. If the change is expected, remove the node&apos;s line from %4 and confirm the new key.</source>
        <translation>%1: der Host-Key hat sich GEÄNDERT. Gespeichert: %2; jetzt angeboten: %3. Das kann bedeuten, dass der Knoten neu installiert wurde oder dass jemand die Verbindung abfängt. pgpilot verweigert die Verbindung. Ist die Änderung erwartet, die Zeile des Knotens aus %4 entfernen und den neuen Schlüssel bestätigen.</translation>
    </message>
    <message>
        <source>(another key type)</source>
        <translation>(anderer Schlüsseltyp)</translation>
    </message>
    <message>
        <source>%1: could not store the confirmed host key in %2: %3</source>
        <translation>%1: der bestätigte Host-Key konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>%1: unknown host key %2. Compare it with the node&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) and confirm it to continue.</source>
        <translation>%1: unbekannter Host-Key %2. Mit dem des Knotens vergleichen (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf dem Knoten) und zum Fortfahren bestätigen.</translation>
    </message>
    <message>
        <source>%1: could not check the host key against %2: %3</source>
        <translation>%1: der Host-Key konnte nicht mit %2 abgeglichen werden: %3</translation>
    </message>
    <message>
        <source>no key in the SSH agent was accepted (is SSH_AUTH_SOCK set and the key loaded?)</source>
        <translation>kein Schlüssel im SSH-Agenten wurde angenommen (ist SSH_AUTH_SOCK gesetzt und der Schlüssel geladen?)</translation>
    </message>
    <message>
        <source>%1: cannot read the private key %2 (missing file, or wrong or missing passphrase).</source>
        <translation>%1: der private Schlüssel %2 ist nicht lesbar (Datei fehlt, oder Passphrase falsch oder fehlend).</translation>
    </message>
    <message>
        <source>the key %1 was refused</source>
        <translation>der Schlüssel %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>das Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1: authentication failed: %2. Check the login user and its credentials in the worksheet.</source>
        <translation>%1: Anmeldung fehlgeschlagen: %2. Anmeldebenutzer und Zugangsdaten im Arbeitsblatt prüfen.</translation>
    </message>
    <message>
        <source>%1: could not open a channel: %2</source>
        <translation>%1: es konnte kein Kanal geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: could not start the command: %2</source>
        <translation>%1: der Befehl konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: cancelled; the remote command was stopped.</source>
        <translation>%1: abgebrochen; der entfernte Befehl wurde angehalten.</translation>
    </message>
    <message>
        <source>%1: no result within %2 s; the remote command was stopped.</source>
        <translation>%1: kein Ergebnis binnen %2 s; der entfernte Befehl wurde angehalten.</translation>
    </message>
    <message>
        <source>%1: sudo did not run the command: %2</source>
        <translation>%1: sudo führte den Befehl nicht aus: %2</translation>
    </message>
    <message>
        <source>%1: the command did not start: %2</source>
        <translation>%1: der Befehl startete nicht: %2</translation>
    </message>
    <message>
        <source>%1: the connection closed before the command reported its exit status.</source>
        <translation>%1: die Verbindung wurde geschlossen, bevor der Befehl seinen Exit-Status meldete.</translation>
    </message>
    <message>
        <source>%1: sudo refused the password for %2. Check the password stored for this node&apos;s login; pgpilot does not try again, so that a wrong password cannot lock the account.</source>
        <translation>%1: sudo lehnte das Passwort für %2 ab. Das für die Anmeldung dieses Knotens gespeicherte Passwort prüfen; pgpilot versucht es nicht erneut, damit ein falsches Passwort das Konto nicht sperrt.</translation>
    </message>
    <message>
        <source>%1: the password of %2 has expired, so the node runs no command for it until it is changed (it said: %3). Log in once interactively (ssh %2@%4) and change it, or ask the node&apos;s admin (chage -l %2), then update the password in pgpilot and retry.</source>
        <translation>%1: das Passwort von %2 ist abgelaufen, daher führt der Knoten keine Befehle dafür aus, bis es geändert ist (Meldung: %3). Sich einmal interaktiv anmelden (ssh %2@%4) und es ändern, oder den Administrator des Knotens fragen (chage -l %2), dann das Passwort in pgpilot aktualisieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: sudo wants a password for %2, but the worksheet says it needs none (a NOPASSWD rule is missing, or cached sudo credentials expired). Set sudo to &quot;with password&quot; for this node in the worksheet, or add a NOPASSWD rule for %2 on the node.</source>
        <translation>%1: sudo verlangt ein Passwort für %2, aber das Arbeitsblatt sagt, es braucht keines (eine NOPASSWD-Regel fehlt, oder zwischengespeicherte sudo-Anmeldedaten sind abgelaufen). sudo für diesen Knoten im Arbeitsblatt auf „mit Passwort“ stellen oder auf dem Knoten eine NOPASSWD-Regel für %2 anlegen.</translation>
    </message>
    <message>
        <source>%1: cannot connect: no answer within the connect timeout of %2 s (%3). The node may be down, overloaded or behind a very slow or lossy link, or a firewall drops SSH; check it, then connect again.</source>
        <translation>%1: Verbindung nicht möglich: keine Antwort innerhalb des Verbindungs-Zeitlimits von %2 s (%3). Der Knoten ist womöglich aus, überlastet oder hinter einer sehr langsamen oder verlustreichen Leitung, oder eine Firewall verwirft SSH; ihn prüfen, dann erneut verbinden.</translation>
    </message>
    <message>
        <source>%1: authentication could not finish: %2. The credentials were not refused; the connection failed on the way. Check the node and the link, then connect again.</source>
        <translation>%1: die Anmeldung konnte nicht abgeschlossen werden: %2. Die Zugangsdaten wurden nicht abgelehnt; die Verbindung brach unterwegs ab. Knoten und Leitung prüfen, dann erneut verbinden.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Status</name>
    <message>
        <source>events:
</source>
        <translation>Ereignisse:
</translation>
    </message>
</context>
<context>
    <name>pgpilot::TimeAxisClock</name>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
</context>
<context>
    <name>pgpilot::TopologyView</name>
    <message>
        <source>cascaded</source>
        <translation>kaskadiert</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>Replikationstopologie</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>streamt nicht</translation>
    </message>
    <message>
        <source>no upstream</source>
        <translation>kein Upstream</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallBackupStrip</name>
    <message>
        <source>BACKUPS</source>
        <translation>BACKUPS</translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation>LETZTES BACKUP</translation>
    </message>
    <message>
        <source>ARCHIVING</source>
        <translation>ARCHIVIERUNG</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NÄCHSTER LAUF</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>… NOT READ YET</source>
        <translation>… NOCH NICHT GELESEN</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>▲ WARNING</source>
        <translation>▲ WARNUNG</translation>
    </message>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ KRITISCH</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallPanel</name>
    <message>
        <source>… WAITING</source>
        <translation>… WARTET</translation>
    </message>
    <message>
        <source>✔ HEALTHY</source>
        <translation>✔ GESUND</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n ALARM(S)</source>
        <translation>
            <numerusform>⚠ %n ALARM</numerusform>
            <numerusform>⚠ %n ALARME</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n WARNING(S)</source>
        <translation>
            <numerusform>▲ %n WARNUNG</numerusform>
            <numerusform>▲ %n WARNUNGEN</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>⏸ NO UPDATE SINCE %1</source>
        <translation>⏸ KEINE AKTUALISIERUNG SEIT %1</translation>
    </message>
    <message numerus="yes">
        <source>? %n NOT ANSWERING YET</source>
        <translation>
            <numerusform>? %n ANTWORTET NOCH NICHT</numerusform>
            <numerusform>? %n ANTWORTEN NOCH NICHT</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ NOT WATCHED</source>
        <translation>✖ NICHT ÜBERWACHT</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallView</name>
    <message>
        <source>pgpilot — wall</source>
        <translation>pgpilot — Wand</translation>
    </message>
    <message>
        <source>No history is stored for these clusters yet</source>
        <translation>Für diese Cluster ist noch kein Verlauf gespeichert</translation>
    </message>
    <message>
        <source>No history stored for this cluster</source>
        <translation>Kein Verlauf für diesen Cluster gespeichert</translation>
    </message>
    <message>
        <source>✖ NOT RECORDED</source>
        <translation>✖ NICHT AUFGEZEICHNET</translation>
    </message>
    <message>
        <source>REPLAY — End or Escape: live</source>
        <translation>WIEDERGABE — Ende oder Esc: live</translation>
    </message>
    <message>
        <source>nothing stored for %1</source>
        <translation>nichts gespeichert für %1</translation>
    </message>
    <message>
        <source>♪ critical alarm sounding — S silences</source>
        <translation>♪ kritischer Alarm ertönt — S schaltet stumm</translation>
    </message>
    <message>
        <source>♪ sound on for critical alarms</source>
        <translation>♪ Ton an für kritische Alarme</translation>
    </message>
</context>
<context>
    <name>pgpilot::Watcher</name>
    <message>
        <source>history not kept here: %1</source>
        <translation>Verlauf hier nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>history stopped: %1</source>
        <translation>Verlauf angehalten: %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::WebhookChannel</name>
    <message>
        <source>%1: HTTP %2 (%3 attempt(s), %4 ms)</source>
        <translation>%1: HTTP %2 (%3 Versuch(e), %4 ms)</translation>
    </message>
    <message>
        <source>%1 (after %2 attempt(s))</source>
        <translation>%1 (nach %2 Versuch(en))</translation>
    </message>
</context>
<context>
    <name>pgpilot::WebhookSender</name>
    <message>
        <source>not a URL with a host</source>
        <translation>keine URL mit Host</translation>
    </message>
    <message>
        <source>only http and https are sent to</source>
        <translation>gesendet wird nur an http und https</translation>
    </message>
    <message>
        <source>a user or password in the URL would show in logs and process lists; put the whole URL in the keychain instead (--webhook-secret)</source>
        <translation>ein Benutzer oder Passwort in der URL wäre in Protokollen und Prozesslisten zu sehen; stattdessen die ganze URL in den Schlüsselbund legen (--webhook-secret)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::WorksheetPage</name>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Plan the cluster as the guide&apos;s node planning worksheet asks: three or more nodes on one subnet, a spare address for the virtual IP, and how pgpilot reaches each node. Problems show next to their field; fix them all to go on.</source>
        <translation>Den Cluster so planen, wie es das Knotenplanungs-Arbeitsblatt der Anleitung verlangt: drei oder mehr Knoten in einem Subnetz, eine freie Adresse für die virtuelle IP und wie pgpilot jeden Knoten erreicht. Probleme erscheinen neben ihrem Feld; alle beheben, um weiterzukommen.</translation>
    </message>
    <message>
        <source>Cluster and software</source>
        <translation>Cluster und Software</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>z. B. prod</translation>
    </message>
    <message>
        <source>Node &amp;OS:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL:</source>
        <translation>&amp;PostgreSQL:</translation>
    </message>
    <message>
        <source>http://mirror.example/debian/</source>
        <translation>http://mirror.example/debian/</translation>
    </message>
    <message>
        <source>Mirror URL:</source>
        <translation>Spiegel-URL:</translation>
    </message>
    <message>
        <source>suite, or ./ for a flat repository</source>
        <translation>Suite, oder ./ für ein flaches Repository</translation>
    </message>
    <message>
        <source>Mirror suite:</source>
        <translation>Spiegel-Suite:</translation>
    </message>
    <message>
        <source>e.g. main</source>
        <translation>z. B. main</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
    <message>
        <source>Mirror is unsigned (trusted=yes)</source>
        <translation>Spiegel ist nicht signiert (trusted=yes)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>e.g. 10.0.1.0/24</source>
        <translation>z. B. 10.0.1.0/24</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>&amp;Subnetz:</translation>
    </message>
    <message>
        <source>a spare address in the subnet</source>
        <translation>eine freie Adresse im Subnetz</translation>
    </message>
    <message>
        <source>&amp;Virtual IP (VIP):</source>
        <translation>&amp;Virtuelle IP (VIP):</translation>
    </message>
    <message>
        <source>VIP prefix length:</source>
        <translation>VIP-Präfixlänge:</translation>
    </message>
    <message>
        <source>VRRP router id:</source>
        <translation>VRRP-Router-ID:</translation>
    </message>
    <message>
        <source>default: pgpilot&apos;s own known_hosts</source>
        <translation>Vorgabe: pgpilots eigene known_hosts</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>known_hosts-Datei:</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>Knoten h&amp;inzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>Knoten &amp;entfernen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <source>Writes (HAProxy):</source>
        <translation>Schreiben (HAProxy):</translation>
    </message>
    <message>
        <source>Reads (HAProxy):</source>
        <translation>Lesen (HAProxy):</translation>
    </message>
    <message>
        <source>Health check:</source>
        <translation>Health-Prüfung:</translation>
    </message>
    <message>
        <source>HAProxy stats:</source>
        <translation>HAProxy-Statistik:</translation>
    </message>
    <message>
        <source>Replication and archiving</source>
        <translation>Replikation und Archivierung</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Quorum (standbys):</source>
        <translation>Quorum (Standbys):</translation>
    </message>
    <message>
        <source>e.g. 10GB</source>
        <translation>z. B. 10GB</translation>
    </message>
    <message>
        <source>The most WAL a replication slot may hold back for a standby that is away. Past it, the standby must be cloned again; without it, the primary&apos;s disk fills up.</source>
        <translation>Die größte WAL-Menge, die ein Replikations-Slot für einen abwesenden Standby zurückhalten darf. Darüber muss der Standby neu geklont werden; ohne Grenze läuft die Platte des Primarys voll.</translation>
    </message>
    <message>
        <source>Slot WAL limit:</source>
        <translation>WAL-Grenze je Slot:</translation>
    </message>
    <message>
        <source>Off (no point-in-time recovery)</source>
        <translation>Aus (keine Point-in-Time-Recovery)</translation>
    </message>
    <message>
        <source>Copy WAL to a directory</source>
        <translation>WAL in ein Verzeichnis kopieren</translation>
    </message>
    <message>
        <source>WAL archive:</source>
        <translation>WAL-Archiv:</translation>
    </message>
    <message>
        <source>e.g. /srv/wal-archive</source>
        <translation>z. B. /srv/wal-archive</translation>
    </message>
    <message>
        <source>Archive directory:</source>
        <translation>Archivverzeichnis:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>where app servers connect from</source>
        <translation>woher sich die Anwendungsserver verbinden</translation>
    </message>
    <message>
        <source>Client subnet:</source>
        <translation>Client-Subnetz:</translation>
    </message>
    <message>
        <source>optional, e.g. mattermost</source>
        <translation>optional, z. B. mattermost</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>optional, e.g. mmuser</source>
        <translation>optional, z. B. mmuser</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>repmgr password:</source>
        <translation>repmgr-Passwort:</translation>
    </message>
    <message>
        <source>SSH password, key passphrase or sudo password, if any</source>
        <translation>SSH-Passwort, Schlüssel-Passphrase oder sudo-Passwort, falls nötig</translation>
    </message>
    <message>
        <source>Login secret:</source>
        <translation>Anmelde-Geheimnis:</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain when you save, never into the cluster file.</source>
        <translation>Passwörter kommen beim Speichern in den Schlüsselbund des Systems, nie in die Cluster-Datei.</translation>
    </message>
    <message>
        <source>%1 (not supported)</source>
        <translation>%1 (nicht unterstützt)</translation>
    </message>
    <message>
        <source>PGDG repository</source>
        <translation>PGDG-Repository</translation>
    </message>
    <message>
        <source>Distribution archive</source>
        <translation>Archiv der Distribution</translation>
    </message>
    <message>
        <source>Local mirror</source>
        <translation>Lokaler Spiegel</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>✔ The worksheet is complete.</source>
        <translation>✔ Das Arbeitsblatt ist vollständig.</translation>
    </message>
    <message>
        <source>⚠ 1 problem to fix before you can go on.</source>
        <translation>⚠ 1 Problem muss behoben werden, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>⚠ %1 problems to fix before you can go on.</source>
        <translation>⚠ %1 Probleme müssen behoben werden, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Cluster-&amp;Name:</translation>
    </message>
    <message>
        <source>Ins&amp;tall from:</source>
        <translation>Installieren &amp;aus:</translation>
    </message>
    <message>
        <source>Synchronous quorum (recommended)</source>
        <translation>Synchrones Quorum (empfohlen)</translation>
    </message>
    <message>
        <source>How many standbys confirm each commit. Automatic chooses the fewest that keep every acknowledged commit through any failover.</source>
        <translation>Wie viele Standbys jeden Commit bestätigen. Automatisch wählt die wenigsten, mit denen jeder bestätigte Commit jeden Failover übersteht.</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Each commit returns once %n standby(s) have it, so a failover never loses an acknowledged write. With fewer standbys running, writes wait.</source>
        <translation>
            <numerusform>Jeder Commit kehrt zurück, sobald %n Standby ihn hat; ein Failover verliert so nie einen bestätigten Schreibvorgang. Laufen weniger Standbys, warten Schreibvorgänge.</numerusform>
            <numerusform>Jeder Commit kehrt zurück, sobald %n Standbys ihn haben; ein Failover verliert so nie einen bestätigten Schreibvorgang. Laufen weniger Standbys, warten Schreibvorgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits return at once. A failover loses the last commits the new primary had not received, and it waits until the old primary has stopped itself (%1 s instead of %2 s).</source>
        <translation>Commits kehren sofort zurück. Ein Failover verliert die letzten Commits, die der neue Primary noch nicht empfangen hatte, und er wartet, bis der alte Primary sich selbst angehalten hat (%1 s statt %2 s).</translation>
    </message>
    <message>
        <source>optional, e.g. 10.0.5.20 10.0.6.0/24</source>
        <translation>optional, z. B. 10.0.5.20 10.0.6.0/24</translation>
    </message>
    <message>
        <source>The workstations whose dashboard watches this cluster, besides the one that applies the runbook: addresses or networks (CIDR), separated by spaces. The nodes&apos; health service answers only the nodes, these and the workstations that applied; it resets any other connection.</source>
        <translation>Die Arbeitsplätze, deren Dashboard diesen Cluster überwacht, zusätzlich zu dem, der das Runbook ausführt: Adressen oder Netze (CIDR), durch Leerzeichen getrennt. Der Health-Dienst der Knoten antwortet nur den Knoten, diesen und den Arbeitsplätzen, die angewendet haben; jede andere Verbindung setzt er zurück.</translation>
    </message>
    <message>
        <source>Monitoring workstations:</source>
        <translation>Überwachungsarbeitsplätze:</translation>
    </message>
    <message>
        <source>Verified (pgpilot&apos;s cluster CA)</source>
        <translation>Geprüft (Cluster-CA von pgpilot)</translation>
    </message>
    <message>
        <source>Verified (the site&apos;s CA, imported)</source>
        <translation>Geprüft (CA des Standorts, importiert)</translation>
    </message>
    <message>
        <source>Off (nothing verified)</source>
        <translation>Aus (nichts geprüft)</translation>
    </message>
    <message>
        <source>Verified: pgpilot makes a certificate authority for the cluster (its key stays in the keychain), gives each node a certificate, and replication, repmgr and pgpilot check it. The site&apos;s CA: the same checks with certificates your CA issued, imported with File &gt; Import site certificates. Off: anyone who can intercept the traffic can pose as a node.</source>
        <translation>Geprüft: pgpilot erzeugt eine Zertifizierungsstelle für den Cluster (ihr Schlüssel bleibt im Schlüsselbund), gibt jedem Knoten ein Zertifikat, und Replikation, repmgr und pgpilot prüfen es. CA des Standorts: dieselben Prüfungen mit Zertifikaten, die Ihre CA ausgestellt hat, importiert mit Datei &gt; Standortzertifikate importieren. Aus: Wer den Verkehr abfangen kann, kann sich als Knoten ausgeben.</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Adopt an existing cluster...</source>
        <translation>Bestehenden Cluster übernehmen...</translation>
    </message>
    <message>
        <source>Read a cluster built by hand (repmgr, HAProxy, Keepalived) from one of its nodes into a new worksheet; nothing on the nodes changes.</source>
        <translation>Einen von Hand aufgebauten Cluster (repmgr, HAProxy, Keepalived) von einem seiner Knoten in ein neues Arbeitsblatt einlesen; auf den Knoten ändert sich nichts.</translation>
    </message>
    <message>
        <source>Backups (pgBackRest)</source>
        <translation>Backups (pgBackRest)</translation>
    </message>
    <message>
        <source>Repository host</source>
        <translation>Repository-Host</translation>
    </message>
    <message>
        <source>e.g. pgbackup</source>
        <translation>z. B. pgbackup</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>its own, not a node&apos;s or the VIP</source>
        <translation>eine eigene, nicht die eines Knotens oder die VIP</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>e.g. root</source>
        <translation>z. B. root</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH-Benutzer:</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH-Port:</translation>
    </message>
    <message>
        <source>SSH auth:</source>
        <translation>SSH-Anmeldung:</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>sudo:</source>
        <translation>sudo:</translation>
    </message>
    <message>
        <source>The keychain entry with this host&apos;s SSH password, key passphrase or sudo password. Empty: the cluster&apos;s login secret (Credentials), when one is needed.</source>
        <translation>Der Schlüsselbund-Eintrag mit dem SSH-Passwort, der Schlüssel-Passphrase oder dem sudo-Passwort dieses Hosts. Leer: das Anmelde-Geheimnis des Clusters (Zugangsdaten), falls eines nötig ist.</translation>
    </message>
    <message>
        <source>Password reference:</source>
        <translation>Passwort-Verweis:</translation>
    </message>
    <message>
        <source>optional, SHA256:...</source>
        <translation>optional, SHA256:...</translation>
    </message>
    <message>
        <source>Optional: pin the host key&apos;s SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot shows it for you to confirm on first connection.</source>
        <translation>Optional: den SHA256-Fingerabdruck des Host-Keys festlegen (ssh-keygen -lf). Sonst zeigt pgpilot ihn bei der ersten Verbindung zur Bestätigung an.</translation>
    </message>
    <message>
        <source>Host key (SHA256):</source>
        <translation>Host-Key (SHA256):</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>e.g. /var/lib/pgbackrest</source>
        <translation>z. B. /var/lib/pgbackrest</translation>
    </message>
    <message>
        <source>Repository path:</source>
        <translation>Repository-Pfad:</translation>
    </message>
    <message>
        <source>Full backups kept, with the WAL that restores them. Two or more: the older one still restores while the newest is being taken.</source>
        <translation>Aufbewahrte Voll-Backups, mit dem WAL, das sie wiederherstellt. Zwei oder mehr: Das ältere lässt sich noch wiederherstellen, während das neueste erstellt wird.</translation>
    </message>
    <message>
        <source>Full backups kept:</source>
        <translation>Aufbewahrte Voll-Backups:</translation>
    </message>
    <message>
        <source>Differential backups kept (a full backup counts as one).</source>
        <translation>Aufbewahrte differenzielle Backups (ein Voll-Backup zählt als eines).</translation>
    </message>
    <message>
        <source>Differential backups kept:</source>
        <translation>Aufbewahrte differenzielle Backups:</translation>
    </message>
    <message>
        <source>systemd calendar, e.g. Sun *-*-* 01:30:00</source>
        <translation>systemd-Kalender, z. B. Sun *-*-* 01:30:00</translation>
    </message>
    <message>
        <source>When the repository host takes a full backup: a systemd OnCalendar expression (man systemd.time). Phase 6 checks it with systemd-analyze first.</source>
        <translation>Wann der Repository-Host ein Voll-Backup erstellt: ein systemd-OnCalendar-Ausdruck (man systemd.time). Phase 6 prüft ihn zuerst mit systemd-analyze.</translation>
    </message>
    <message>
        <source>Full backups at:</source>
        <translation>Voll-Backups um:</translation>
    </message>
    <message>
        <source>empty: no differential backups</source>
        <translation>leer: keine differenziellen Backups</translation>
    </message>
    <message>
        <source>When the repository host takes a differential backup (what changed since the last full one): a systemd OnCalendar expression, or empty for none.</source>
        <translation>Wann der Repository-Host ein differenzielles Backup erstellt (was sich seit dem letzten Voll-Backup geändert hat): ein systemd-OnCalendar-Ausdruck oder leer für keines.</translation>
    </message>
    <message>
        <source>Differential backups at:</source>
        <translation>Differenzielle Backups um:</translation>
    </message>
    <message>
        <source>%1. Differential backups: empty for none.</source>
        <translation>%1. Differenzielle Backups: leer für keine.</translation>
    </message>
    <message>
        <source>Encrypt the repository (AES-256)</source>
        <translation>Das Repository verschlüsseln (AES-256)</translation>
    </message>
    <message>
        <source>The passphrase lives in the keychain (pgpilot makes one up if it is missing; export-secrets carries it). It cannot change after the first backup: keep it, or the backups cannot be read.</source>
        <translation>Die Passphrase liegt im Schlüsselbund (pgpilot erzeugt eine, wenn sie fehlt; export-secrets nimmt sie mit). Nach dem ersten Backup kann sie sich nicht mehr ändern: Sie muss erhalten bleiben, sonst sind die Backups nicht lesbar.</translation>
    </message>
    <message>
        <source>Passphrase reference:</source>
        <translation>Passphrase-Verweis:</translation>
    </message>
    <message>
        <source>Parallel processes of a backup or a restore.</source>
        <translation>Parallele Prozesse eines Backups oder einer Wiederherstellung.</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>e.g. 8GB</source>
        <translation>z. B. 8GB</translation>
    </message>
    <message>
        <source>The unarchived WAL a node keeps while the repository cannot take it. Past it, the node drops WAL from the archive: the cluster keeps running, but point-in-time recovery is broken until the next full backup.</source>
        <translation>Die nicht archivierte WAL-Menge, die ein Knoten behält, solange das Repository sie nicht annehmen kann. Darüber verwirft der Knoten WAL aus dem Archiv: Der Cluster läuft weiter, aber die Point-in-Time-Recovery ist bis zum nächsten Voll-Backup unterbrochen.</translation>
    </message>
    <message>
        <source>Archive queue limit:</source>
        <translation>Grenze der Archiv-Warteschlange:</translation>
    </message>
    <message>
        <source>Empty = no limit: an unreachable repository can then fill pg_wal and stop PostgreSQL.</source>
        <translation>Leer = keine Grenze: Ein nicht erreichbares Repository kann dann pg_wal füllen und PostgreSQL anhalten.</translation>
    </message>
    <message>
        <source>the first node</source>
        <translation>dem ersten Knoten</translation>
    </message>
    <message>
        <source>The SSH login (user, port, authentication, key file, sudo) is copied from %1; change it if the repository host differs.</source>
        <translation>Die SSH-Anmeldung (Benutzer, Port, Authentifizierung, Schlüsseldatei, sudo) wurde von %1 übernommen; ändern, falls der Repository-Host abweicht.</translation>
    </message>
    <message>
        <source>Phase 6 installs pgBackRest on the nodes and on a repository host of its own (the same OS as the nodes), archives WAL there, takes a first full backup from a standby and restores it on that host as a drill.</source>
        <translation>Phase 6 installiert pgBackRest auf den Knoten und auf einem eigenen Repository-Host (dasselbe Betriebssystem wie die Knoten), archiviert WAL dorthin, erstellt ein erstes Voll-Backup von einem Standby und stellt es zur Probe auf diesem Host wieder her.</translation>
    </message>
    <message>
        <source>if needed: %1</source>
        <translation>falls nötig: %1</translation>
    </message>
    <message>
        <source>if needed: the login secret</source>
        <translation>falls nötig: das Anmelde-Geheimnis</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>default: pgpilot:&lt;cluster&gt;:backup-cipher</source>
        <translation>Vorgabe: pgpilot:&lt;cluster&gt;:backup-cipher</translation>
    </message>
    <message>
        <source>On a host of its own (over SSH)</source>
        <translation>Auf einem eigenen Host (per SSH)</translation>
    </message>
    <message>
        <source>On a directory mounted on every node</source>
        <translation>In einem auf jedem Knoten eingehängten Verzeichnis</translation>
    </message>
    <message>
        <source>A host of its own is recommended: losing a node never loses the backups. A directory mounted at the same path on every node (an NFS export that postgres owns) needs no extra host; the backups and the restore drill then run on a standby.</source>
        <translation>Ein eigener Host wird empfohlen: Der Verlust eines Knotens kostet nie die Backups. Ein auf jedem Knoten unter demselben Pfad eingehängtes Verzeichnis (ein NFS-Export, der postgres gehört) braucht keinen zusätzlichen Host; Backups und Wiederherstellungstest laufen dann auf einem Standby.</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>the mount point, e.g. /mnt/pgbackrest</source>
        <translation>der Mountpoint, z. B. /mnt/pgbackrest</translation>
    </message>
    <message>
        <source>No backups. To take them with pgBackRest and restore to any point in time, choose &quot;pgBackRest repository&quot; as the WAL archive under Replication and archiving.</source>
        <translation>Keine Backups. Um sie mit pgBackRest zu erstellen und auf jeden beliebigen Zeitpunkt wiederherzustellen, unter Replikation und Archivierung „pgBackRest-Repository“ als WAL-Archiv wählen.</translation>
    </message>
    <message>
        <source>Phase 6 checks that the repository path is one shared directory mounted on every node (mount it first, owned by postgres), archives WAL there, and lets one standby at a time take the backups and the restore drill.</source>
        <translation>Phase 6 prüft, dass der Repository-Pfad ein gemeinsames, auf jedem Knoten eingehängtes Verzeichnis ist (zuerst einhängen, im Besitz von postgres), archiviert WAL dorthin und lässt jeweils einen Standby die Backups und den Wiederherstellungstest ausführen.</translation>
    </message>
    <message>
        <source>pgBackRest repository (backups, point-in-time recovery)</source>
        <translation>pgBackRest-Repository (Backups, Point-in-Time-Recovery)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>PostgreSQL parameters go to conf.d/pgpilot-settings.conf on every node, apart from pgpilot&apos;s own settings; the timings go to HAProxy&apos;s and Keepalived&apos;s files. pgpilot settings cluster.json checks each value against the nodes&apos; PostgreSQL, shows whether it needs a reload or a restart, and applies it with --apply --yes.</source>
        <translation>PostgreSQL-Parameter kommen auf jedem Knoten nach conf.d/pgpilot-settings.conf, abgesehen von den eigenen Einstellungen von pgpilot; die Zeiten kommen in die Dateien von HAProxy und Keepalived. pgpilot settings cluster.json prüft jeden Wert gegen das PostgreSQL der Knoten, zeigt, ob er ein Neuladen oder einen Neustart braucht, und wendet ihn mit --apply --yes an.</translation>
    </message>
    <message>
        <source>PostgreSQL parameters</source>
        <translation>PostgreSQL-Parameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>One parameter a row, as in postgresql.conf: work_mem and 64MB, random_page_cost and 1.1. Remove a row to go back to the default.</source>
        <translation>Ein Parameter pro Zeile, wie in postgresql.conf: work_mem und 64MB, random_page_cost und 1.1. Eine Zeile entfernen, um zum Standardwert zurückzukehren.</translation>
    </message>
    <message>
        <source>Add param&amp;eter</source>
        <translation>Para&amp;meter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>How often HAProxy asks each node&apos;s health service while it is up.</source>
        <translation>Wie oft HAProxy den Health-Dienst jedes Knotens abfragt, solange er läuft.</translation>
    </message>
    <message>
        <source>Check an up node every:</source>
        <translation>Laufenden Knoten prüfen alle:</translation>
    </message>
    <message>
        <source>How often HAProxy asks a node that is down: how soon a promoted standby gets writes.</source>
        <translation>Wie oft HAProxy einen ausgefallenen Knoten abfragt: wie schnell ein beförderter Standby Schreibzugriffe erhält.</translation>
    </message>
    <message>
        <source>Check a down node every:</source>
        <translation>Ausgefallenen Knoten prüfen alle:</translation>
    </message>
    <message>
        <source>Down after (failed checks):</source>
        <translation>Ausgefallen nach (fehlgeschlagene Prüfungen):</translation>
    </message>
    <message>
        <source>Up after (good checks):</source>
        <translation>Verfügbar nach (erfolgreiche Prüfungen):</translation>
    </message>
    <message>
        <source>Check timeout:</source>
        <translation>Prüf-Zeitlimit:</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>An idle client connection is closed after this long: longer than your pool&apos;s idle connections live.</source>
        <translation>Eine inaktive Client-Verbindung wird nach dieser Zeit geschlossen: länger, als die inaktiven Verbindungen Ihres Pools leben.</translation>
    </message>
    <message>
        <source>Idle client timeout:</source>
        <translation>Zeitlimit inaktiver Client:</translation>
    </message>
    <message>
        <source>Idle server timeout:</source>
        <translation>Zeitlimit inaktiver Server:</translation>
    </message>
    <message>
        <source>Keepalived (VIP)</source>
        <translation>Keepalived (VIP)</translation>
    </message>
    <message>
        <source>VRRP adverts between the nodes: a new primary claims the VIP three adverts after the old holder&apos;s last one. A multiple of 10 ms.</source>
        <translation>VRRP-Advertisements zwischen den Knoten: Ein neuer Primary übernimmt die VIP drei Advertisements nach dem letzten des bisherigen Inhabers. Ein Vielfaches von 10 ms.</translation>
    </message>
    <message>
        <source>VRRP advert every:</source>
        <translation>VRRP-Advertisement alle:</translation>
    </message>
    <message>
        <source>Check the primary every:</source>
        <translation>Primary prüfen alle:</translation>
    </message>
    <message>
        <source>VIP leaves after (failed checks):</source>
        <translation>VIP geht nach (fehlgeschlagene Prüfungen):</translation>
    </message>
    <message>
        <source>VIP claimed after (good checks):</source>
        <translation>VIP übernommen nach (erfolgreiche Prüfungen):</translation>
    </message>
    <message>
        <source>Default timings</source>
        <translation>Standardzeiten</translation>
    </message>
    <message>
        <source>pgpilot&apos;s timings, the ones its failover times are measured with.</source>
        <translation>Die Zeiten von pgpilot, mit denen seine Failover-Zeiten gemessen werden.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no parameter: name it, or remove the row.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Parameter: ihn benennen oder die Zeile entfernen.</translation>
    </message>
    <message>
        <source>%1 is on rows %2 and %3: keep one of them.</source>
        <translation>%1 steht in den Zeilen %2 und %3: eine davon behalten.</translation>
    </message>
</context>
<context>
    <name>pgpilot::mail</name>
    <message>
        <source>an empty address</source>
        <translation>eine leere Adresse</translation>
    </message>
    <message>
        <source>%1 holds a space, a line break or a character outside ASCII</source>
        <translation>%1 enthält ein Leerzeichen, einen Zeilenumbruch oder ein Zeichen außerhalb von ASCII</translation>
    </message>
    <message>
        <source>%1 is longer than 254 characters</source>
        <translation>%1 ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not local@domain</source>
        <translation>%1 hat nicht die Form lokal@domain</translation>
    </message>
    <message>
        <source>%1: the part before @ may hold letters, digits, dots (not two in a row) and !#$%&amp;&apos;*+/=?^_`{|}~-</source>
        <translation>%1: der Teil vor @ darf Buchstaben, Ziffern, Punkte (nicht zwei hintereinander) und !#$%&amp;&apos;*+/=?^_`{|}~- enthalten</translation>
    </message>
    <message>
        <source>%1: %2 is not a domain name</source>
        <translation>%1: %2 ist kein Domainname</translation>
    </message>
    <message>
        <source>no server given</source>
        <translation>kein Server angegeben</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IP address</source>
        <translation>%1 ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>pgpilot::settingsrules</name>
    <message>
        <source>%1 cannot be set here: %2</source>
        <translation>%1 lässt sich hier nicht setzen: %2</translation>
    </message>
    <message>
        <source>%1 belongs to Debian&apos;s layout of the cluster, which pgpilot relies on: %2</source>
        <translation>%1 gehört zu Debians Aufbau des Clusters, auf den sich pgpilot verlässt: %2</translation>
    </message>
    <message>
        <source>pgpilot sets %1 from the worksheet&apos;s %2: %3</source>
        <translation>pgpilot setzt %1 aus %2 des Arbeitsblatts: %3</translation>
    </message>
    <message>
        <source>pgpilot sets %1 itself (%2): %3</source>
        <translation>pgpilot setzt %1 selbst (%2): %3</translation>
    </message>
</context>
<context>
    <name>pgpilot::speccheck</name>
    <message>
        <source>It contains &apos;%1&apos;.</source>
        <translation>Der Ausdruck enthält &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>It is longer than 100 characters.</source>
        <translation>Der Ausdruck ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The repository host</source>
        <translation>Der Repository-Host</translation>
    </message>
    <message>
        <source>Name the backup repository host (pgBackRest&apos;s repository lives there).</source>
        <translation>Den Host des Backup-Repositorys angeben (dort liegt das Repository von pgBackRest).</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>%1 has no IP address.</source>
        <translation>%1 hat keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1: %2 is not an IPv4 or IPv6 address.</source>
        <translation>%1: %2 ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 is a node of the cluster: the repository must be on another host, or losing that node loses the backups too.</source>
        <translation>%1 ist ein Knoten des Clusters: Das Repository muss auf einem anderen Host liegen, sonst gehen mit diesem Knoten auch die Backups verloren.</translation>
    </message>
    <message>
        <source>%1 is the address of node %2: the repository must be on another host.</source>
        <translation>%1 ist die Adresse von Knoten %2: Das Repository muss auf einem anderen Host liegen.</translation>
    </message>
    <message>
        <source>%1 is the VIP: the repository host needs its own address.</source>
        <translation>%1 ist die VIP: Der Repository-Host braucht eine eigene Adresse.</translation>
    </message>
    <message>
        <source>The repository path must be an absolute directory (not /) of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>Der Repository-Pfad muss ein absolutes Verzeichnis (nicht /) aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; und &apos;/&apos; sein.</translation>
    </message>
    <message>
        <source>Keep 1 to 99 full backups (2 or more: the older one still restores while the newest is being taken).</source>
        <translation>1 bis 99 Voll-Backups aufbewahren (2 oder mehr: Das ältere lässt sich noch wiederherstellen, während das neueste erstellt wird).</translation>
    </message>
    <message>
        <source>Keep 1 to 999 differential backups.</source>
        <translation>1 bis 999 differenzielle Backups aufbewahren.</translation>
    </message>
    <message>
        <source>Give when full backups run as a systemd calendar expression, e.g. &quot;Sun *-*-* 01:30:00&quot;.</source>
        <translation>Angeben, wann Voll-Backups laufen, als systemd-Kalenderausdruck, z. B. „Sun *-*-* 01:30:00“.</translation>
    </message>
    <message>
        <source>Give when differential backups run as a systemd calendar expression, e.g. &quot;Mon..Sat *-*-* 01:30:00&quot;, or leave it empty for none.</source>
        <translation>Angeben, wann differenzielle Backups laufen, als systemd-Kalenderausdruck, z. B. „Mon..Sat *-*-* 01:30:00“, oder leer lassen für keine.</translation>
    </message>
    <message>
        <source>The passphrase reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>Der Verweis auf die Passphrase muss wie pgpilot:&lt;cluster&gt;:&lt;name&gt; aussehen.</translation>
    </message>
    <message>
        <source>Use 1 to 32 processes for a backup or restore.</source>
        <translation>1 bis 32 Prozesse für ein Backup oder eine Wiederherstellung verwenden.</translation>
    </message>
    <message>
        <source>Give the unarchived WAL a node may keep as a size such as 8GB (MB, GB or TB), or leave it empty for no limit.</source>
        <translation>Die nicht archivierte WAL-Menge, die ein Knoten behalten darf, als Größe wie 8GB angeben (MB, GB oder TB), oder leer lassen für keine Grenze.</translation>
    </message>
    <message>
        <source>The mounted repository must be a directory of its own (a mount point such as /mnt/pgbackrest), not under PostgreSQL&apos;s data or /etc.</source>
        <translation>Das eingehängte Repository muss ein eigenes Verzeichnis sein (ein Mountpoint wie /mnt/pgbackrest), nicht unter dem Datenverzeichnis von PostgreSQL oder /etc.</translation>
    </message>
    <message>
        <source>The health service is named by its systemd unit: letters, digits, &apos;@&apos;, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Health-Service wird über seine systemd-Unit benannt: Buchstaben, Ziffern, &apos;@&apos;, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The converged phases are phase numbers from 1 to 4, each once, in ascending order.</source>
        <translation>Die angeglichenen Phasen sind Phasennummern von 1 bis 4, jede einmal, in aufsteigender Reihenfolge.</translation>
    </message>
    <message>
        <source>Give both health paths (the one that answers 200 on the primary and the one that answers 200 on a replica), or neither for pgpilot&apos;s own health service.</source>
        <translation>Geben Sie beide Health-Pfade an (den, der auf dem Primary mit 200 antwortet, und den, der auf einem Replica mit 200 antwortet), oder keinen für den eigenen Health-Service von pgpilot.</translation>
    </message>
    <message>
        <source>A health path starts with &apos;/&apos; and holds letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Ein Health-Pfad beginnt mit &apos;/&apos; und enthält Buchstaben, Ziffern, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The monitor&apos;s role must be a plain PostgreSQL role name (lower-case letters, digits and &apos;_&apos;).</source>
        <translation>Die Rolle des Monitors muss ein einfacher PostgreSQL-Rollenname sein (Kleinbuchstaben, Ziffern und &apos;_&apos;).</translation>
    </message>
    <message>
        <source>%1 PostgreSQL parameters are more than the %2 the worksheet takes.</source>
        <translation>%1 PostgreSQL-Parameter sind mehr als die %2, die das Arbeitsblatt annimmt.</translation>
    </message>
    <message>
        <source>%1 is not a parameter name: lower-case letters, digits, &apos;_&apos; and &apos;.&apos; between parts (e.g. work_mem or auto_explain.log_min_duration), at most %2 characters.</source>
        <translation>%1 ist kein Parametername: Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;.&apos; zwischen Teilen (z. B. work_mem oder auto_explain.log_min_duration), höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>pgpilot sets synchronous_commit from the worksheet&apos;s replication.mode: with synchronous quorum every commit waits for its standbys (on); another value would let a failover lose acknowledged writes.</source>
        <translation>pgpilot setzt synchronous_commit aus replication.mode des Arbeitsblatts: Mit synchronem Quorum wartet jeder Commit auf seine Standbys (on); ein anderer Wert ließe ein Failover bestätigte Schreibzugriffe verlieren.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>VRRP version 3 counts the advert interval in hundredths of a second: give a multiple of 10 ms (%1 is not).</source>
        <translation>VRRP Version 3 zählt das Advertisement-Intervall in Hundertstelsekunden: ein Vielfaches von 10 ms angeben (%1 ist keines).</translation>
    </message>
    <message>
        <source>%1: give the SSH login user.</source>
        <translation>%1: den SSH-Anmeldebenutzer angeben.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid Unix user name.</source>
        <translation>%1: %2 ist kein gültiger Unix-Benutzername.</translation>
    </message>
    <message>
        <source>%1: the SSH port must be from 1 to 65535.</source>
        <translation>%1: der SSH-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>%1: choose the private key file for SSH.</source>
        <translation>%1: die private Schlüsseldatei für SSH wählen.</translation>
    </message>
    <message>
        <source>%1: the key file must be an absolute path (or start with ~/).</source>
        <translation>%1: die Schlüsseldatei muss ein absoluter Pfad sein (oder mit ~/ beginnen).</translation>
    </message>
    <message>
        <source>%1: root needs no sudo; set sudo to none.</source>
        <translation>%1: root braucht kein sudo; sudo auf „keins“ stellen.</translation>
    </message>
    <message>
        <source>%1: the login user %2 is not root, so pgpilot needs sudo (without or with a password).</source>
        <translation>%1: der Anmeldebenutzer %2 ist nicht root, daher braucht pgpilot sudo (ohne oder mit Passwort).</translation>
    </message>
    <message>
        <source>%1: a password is needed (SSH or sudo) but none is set.</source>
        <translation>%1: ein Passwort wird gebraucht (SSH oder sudo), aber keines ist gesetzt.</translation>
    </message>
    <message>
        <source>%1: the password reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>%1: der Passwort-Verweis muss wie pgpilot:&lt;cluster&gt;:&lt;name&gt; aussehen.</translation>
    </message>
    <message>
        <source>%1: a host key fingerprint looks like SHA256: followed by 43 base64 characters, as ssh-keygen -lf prints it.</source>
        <translation>%1: ein Host-Key-Fingerabdruck sieht aus wie SHA256: gefolgt von 43 Base64-Zeichen, wie ssh-keygen -lf ihn ausgibt.</translation>
    </message>
</context>
</TS>
