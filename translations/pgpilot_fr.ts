<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>pgpilot</name>
    <message>
        <source>No primary: nothing accepts writes</source>
        <translation>Aucun primaire : rien n&apos;accepte les écritures</translation>
    </message>
    <message>
        <source>Applications cannot write. repmgrd should promote a standby within its failover timeout.</source>
        <translation>Les applications ne peuvent pas écrire. repmgrd devrait promouvoir un secondaire dans son délai de failover.</translation>
    </message>
    <message>
        <source>Wait for the automatic failover; if no standby is promoted, check repmgrd on the standbys and promote the most advanced one (switchover or repmgr standby promote).</source>
        <translation>Attendre le failover automatique ; si aucun secondaire n&apos;est promu, vérifier repmgrd sur les secondaires et promouvoir le plus avancé (switchover ou repmgr standby promote).</translation>
    </message>
    <message>
        <source>Split brain: %1 and %2 both accept writes</source>
        <translation>Split-brain : %1 et %2 acceptent tous deux les écritures</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes</source>
        <translation>Split-brain : %1 acceptent tous les écritures</translation>
    </message>
    <message>
        <source>Two databases take writes independently; their data is diverging now.</source>
        <translation>Deux bases acceptent des écritures indépendamment ; leurs données divergent en ce moment.</translation>
    </message>
    <message>
        <source>Fence the primary that is not registered in repmgr at once (stop its PostgreSQL), then rejoin it as a standby with pg_rewind.</source>
        <translation>Isoler immédiatement le primaire qui n&apos;est pas enregistré dans repmgr (arrêter son PostgreSQL), puis le réintégrer comme secondaire avec pg_rewind.</translation>
    </message>
    <message>
        <source>%1 accepts writes but repmgr does not know it as the primary</source>
        <translation>%1 accepte les écritures mais repmgr ne le connaît pas comme primaire</translation>
    </message>
    <message>
        <source>A node that is not the registered primary takes writes: an old primary came back, or a promotion was not registered.</source>
        <translation>Un nœud qui n&apos;est pas le primaire enregistré accepte des écritures : un ancien primaire est revenu, ou une promotion n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Fence %1 unless it is the intended primary; otherwise register it with repmgr (repmgr primary register --force).</source>
        <translation>Isoler %1 sauf s&apos;il est le primaire voulu ; sinon l&apos;enregistrer dans repmgr (repmgr primary register --force).</translation>
    </message>
    <message>
        <source>No node holds the VIP %1</source>
        <translation>Aucun nœud ne porte la VIP %1</translation>
    </message>
    <message>
        <source>Applications connecting to the VIP reach nothing.</source>
        <translation>Les applications qui se connectent à la VIP n&apos;atteignent rien.</translation>
    </message>
    <message>
        <source>Check Keepalived on every node (systemctl status keepalived) and its check script; at least one node&apos;s HAProxy must be running.</source>
        <translation>Vérifier Keepalived sur chaque nœud (systemctl status keepalived) et son script de contrôle ; HAProxy doit tourner sur au moins un nœud.</translation>
    </message>
    <message>
        <source>The VIP %1 is on %2 at once</source>
        <translation>La VIP %1 est sur %2 à la fois</translation>
    </message>
    <message>
        <source>Two nodes answer for the VIP: clients land on either at random.</source>
        <translation>Deux nœuds répondent pour la VIP : les clients arrivent au hasard sur l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>VRRP packets are not getting through between the nodes: check the firewall (protocol 112) and that every node uses the same virtual_router_id.</source>
        <translation>Les paquets VRRP ne passent pas entre les nœuds : vérifier le pare-feu (protocole 112) et que tous les nœuds utilisent le même virtual_router_id.</translation>
    </message>
    <message>
        <source>The VIP is on %1 but its HAProxy does not answer</source>
        <translation>La VIP est sur %1 mais son HAProxy ne répond pas</translation>
    </message>
    <message>
        <source>Applications connect to the VIP and may reach no database.</source>
        <translation>Les applications se connectent à la VIP et n&apos;atteignent peut-être aucune base.</translation>
    </message>
    <message>
        <source>Start HAProxy on %1 (systemctl start haproxy), or stop Keepalived there so the VIP moves to a healthy node.</source>
        <translation>Démarrer HAProxy sur %1 (systemctl start haproxy), ou y arrêter Keepalived pour que la VIP passe sur un nœud sain.</translation>
    </message>
    <message>
        <source>HAProxy on %1 does not answer</source>
        <translation>HAProxy sur %1 ne répond pas</translation>
    </message>
    <message>
        <source>If the VIP moves to %1, applications reach no database.</source>
        <translation>Si la VIP passe sur %1, les applications n&apos;atteignent aucune base.</translation>
    </message>
    <message>
        <source>Check HAProxy on %1 (systemctl status haproxy) and its stats port.</source>
        <translation>Vérifier HAProxy sur %1 (systemctl status haproxy) et son port de statistiques.</translation>
    </message>
    <message>
        <source>HAProxy sends writes nowhere</source>
        <translation>HAProxy n&apos;envoie les écritures nulle part</translation>
    </message>
    <message>
        <source>The write port refuses applications although %1 is a primary.</source>
        <translation>Le port d&apos;écriture refuse les applications alors que %1 est primaire.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s check of %1 fails: check the health service on %1 (GET /primary).</source>
        <translation>Le contrôle HAProxy de %1 échoue : vérifier le service de santé sur %1 (GET /primary).</translation>
    </message>
    <message>
        <source>HAProxy sends writes to %1, the primary is %2</source>
        <translation>HAProxy envoie les écritures à %1, le primaire est %2</translation>
    </message>
    <message>
        <source>Writes fail or land on the wrong node.</source>
        <translation>Les écritures échouent ou arrivent sur le mauvais nœud.</translation>
    </message>
    <message>
        <source>Check the health service on every node: only %1 may answer 200 on /primary.</source>
        <translation>Vérifier le service de santé sur chaque nœud : seul %1 doit répondre 200 sur /primary.</translation>
    </message>
    <message>
        <source>%1 (%2) does not answer</source>
        <translation>%1 (%2) ne répond pas</translation>
    </message>
    <message>
        <source>The registered primary is unreachable; a failover is due.</source>
        <translation>Le primaire enregistré est injoignable ; un failover est attendu.</translation>
    </message>
    <message>
        <source>One copy fewer: the cluster tolerates one failure less.</source>
        <translation>Une copie de moins : le cluster tolère une panne de moins.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1: %2. Check the node, its network and PostgreSQL (systemctl status postgresql).</source>
        <translation>PostgreSQL sur %1 : %2. Vérifier le nœud, son réseau et PostgreSQL (systemctl status postgresql).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>the health service does not answer (%1) but PostgreSQL does</source>
        <translation>le service de santé ne répond pas (%1) mais PostgreSQL répond</translation>
    </message>
    <message>
        <source>the health service says %1, PostgreSQL says %2</source>
        <translation>le service de santé indique %1, PostgreSQL indique %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the health service says %1 but PostgreSQL does not answer pgpilot</source>
        <translation>le service de santé indique %1 mais PostgreSQL ne répond pas à pgpilot</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>HAProxy and Keepalived follow the health service: they may route traffic to the wrong node or to none.</source>
        <translation>HAProxy et Keepalived suivent le service de santé : ils peuvent diriger le trafic vers le mauvais nœud ou vers aucun.</translation>
    </message>
    <message>
        <source>%1 is not connected to the primary %2</source>
        <translation>%1 n&apos;est pas connecté au primaire %2</translation>
    </message>
    <message>
        <source>%1 replication is in state &quot;%2&quot;</source>
        <translation>La réplication de %1 est dans l&apos;état « %2 »</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, the primary on %3</source>
        <translation>%1 est sur la timeline %2, le primaire sur %3</translation>
    </message>
    <message>
        <source>%1 falls behind and cannot take over without losing data.</source>
        <translation>%1 prend du retard et ne peut pas prendre le relais sans perte de données.</translation>
    </message>
    <message>
        <source>Look at PostgreSQL&apos;s log on %1; if it followed an old timeline, rejoin it (repmgr node rejoin --force-rewind).</source>
        <translation>Lire le journal de PostgreSQL sur %1 ; s&apos;il a suivi une ancienne timeline, le réintégrer (repmgr node rejoin --force-rewind).</translation>
    </message>
    <message>
        <source>%1 lags %2 / %3 s behind the primary</source>
        <translation>%1 a %2 / %3 s de retard sur le primaire</translation>
    </message>
    <message>
        <source>A failover to %1 now would lose or delay recent transactions.</source>
        <translation>Un failover vers %1 maintenant perdrait ou retarderait des transactions récentes.</translation>
    </message>
    <message>
        <source>Check the network and disk of %1 and long queries holding replay back (thresholds: %2, %3 s).</source>
        <translation>Vérifier le réseau et le disque de %1 et les longues requêtes qui retiennent le rejeu (seuils : %2, %3 s).</translation>
    </message>
    <message>
        <source>repmgrd is not running on %1</source>
        <translation>repmgrd ne tourne pas sur %1</translation>
    </message>
    <message>
        <source>No automatic failover involving %1.</source>
        <translation>Pas de failover automatique impliquant %1.</translation>
    </message>
    <message>
        <source>Start it: systemctl start pgpilot-repmgrd on %1.</source>
        <translation>Le démarrer : systemctl start pgpilot-repmgrd sur %1.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>VIP left %1</source>
        <translation>La VIP a quitté %1</translation>
    </message>
    <message>
        <source>VIP on %1</source>
        <translation>VIP sur %1</translation>
    </message>
    <message>
        <source>VIP moved %1 → %2</source>
        <translation>VIP déplacée %1 → %2</translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation>résolu : %1</translation>
    </message>
    <message>
        <source>repmgr: %1 on node %2%3: %4</source>
        <translation>repmgr : %1 sur le nœud %2%3 : %4</translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation> (échec)</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>writes + reads</source>
        <translation>écritures + lectures</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cluster %1 at %2: %3
</source>
        <translation>cluster %1 à %2 : %3
</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>%1 alarm(s)</source>
        <translation>%1 alarme(s)</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>retard</translation>
    </message>
    <message>
        <source>tl</source>
        <translation>tl</translation>
    </message>
    <message>
        <source>haproxy</source>
        <translation>haproxy</translation>
    </message>
    <message>
        <source>writes -&gt; %1; reads -&gt; %2
</source>
        <translation>écritures -&gt; %1 ; lectures -&gt; %2
</translation>
    </message>
    <message>
        <source>what to do: </source>
        <translation>que faire : </translation>
    </message>
    <message>
        <source>DESTRUCTIVE: </source>
        <translation>DESTRUCTIF : </translation>
    </message>
    <message>
        <source>%1: already done</source>
        <translation>%1 : déjà fait</translation>
    </message>
    <message>
        <source>The subnet is empty: write it with its prefix length, e.g. 10.0.1.0/24.</source>
        <translation>Le sous-réseau est vide : l&apos;écrire avec sa longueur de préfixe, p. ex. 10.0.1.0/24.</translation>
    </message>
    <message>
        <source>Write the subnet with its prefix length, e.g. %1/24.</source>
        <translation>Écrire le sous-réseau avec sa longueur de préfixe, p. ex. %1/24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 network address.</source>
        <translation>« %1 » n&apos;est pas une adresse de réseau IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>The prefix length must be a number from 1 to %1.</source>
        <translation>La longueur de préfixe doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>%1 has host bits set for a /%2 subnet: did you mean %3/%2?</source>
        <translation>%1 a des bits d&apos;hôte pour un sous-réseau /%2 : vouliez-vous dire %3/%2 ?</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2). It may be damaged or not a pgpilot cluster file.</source>
        <translation>Le fichier n&apos;est pas du JSON valide (ligne %1 : %2). Il est peut-être endommagé ou n&apos;est pas un fichier de cluster pgpilot.</translation>
    </message>
    <message>
        <source>The file is JSON but not a pgpilot cluster file (no object at the top).</source>
        <translation>Le fichier est du JSON mais pas un fichier de cluster pgpilot (pas d&apos;objet au premier niveau).</translation>
    </message>
    <message>
        <source>This is not a pgpilot cluster file (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas un fichier de cluster pgpilot (« format » ne vaut pas « %1 »).</translation>
    </message>
    <message>
        <source>The file has no valid schemaVersion.</source>
        <translation>Le fichier n&apos;a pas de schemaVersion valide.</translation>
    </message>
    <message>
        <source>The file was written by a newer pgpilot (schema version %1; this one reads up to %2). Open it with that version; the file was left unchanged.</source>
        <translation>Le fichier a été écrit par un pgpilot plus récent (version de schéma %1 ; celui-ci lit jusqu&apos;à %2). L&apos;ouvrir avec cette version ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>The cluster file is damaged: %1</source>
        <translation>Le fichier de cluster est endommagé : %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be a pgpilot cluster file.</source>
        <translation>%1 est trop grand (%2 octets) pour un fichier de cluster pgpilot.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>fenced</source>
        <translation>isolé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the current primary</source>
        <translation>le primaire actuel</translation>
    </message>
    <message>
        <source>%1 becomes the primary of cluster %2 and %3 becomes a standby of it. repmgr shuts %3 down cleanly (every write it acknowledged is sent to %1 first), promotes %1, restarts %3 as a standby and makes the other standbys follow %1.
Clients: writes through %4 pause for a few seconds while HAProxy and the VIP switch; open connections to %3 are cut and must reconnect. Reads through %5 go on (a standby restarting drops its sessions). No acknowledged write is lost.</source>
        <translation>%1 devient le primaire du cluster %2 et %3 devient son secondaire. repmgr arrête proprement %3 (chaque écriture acquittée est d&apos;abord envoyée à %1), promeut %1, redémarre %3 comme secondaire et fait suivre %1 aux autres secondaires.
Clients : les écritures via %4 s&apos;interrompent quelques secondes pendant que HAProxy et la VIP basculent ; les connexions ouvertes vers %3 sont coupées et doivent se reconnecter. Les lectures via %5 continuent (un secondaire qui redémarre coupe ses sessions). Aucune écriture acquittée n&apos;est perdue.</translation>
    </message>
    <message>
        <source>WARNING: this deletes the whole data directory of %1 and copies it afresh from %2 (takes as long as copying the database). PostgreSQL on %1 stays stopped until the copy is a standby of %2; any write %1 accepted that never reached %2 is lost for good.
Clients: nothing changes for writes (%1 is not the primary); %1 serves reads through %3 again once it streams.</source>
        <translation>ATTENTION : ceci supprime tout le dossier de données de %1 et le recopie depuis %2 (aussi long que la copie de la base). PostgreSQL sur %1 reste arrêté jusqu&apos;à ce que la copie soit un secondaire de %2 ; toute écriture acceptée par %1 qui n&apos;a jamais atteint %2 est définitivement perdue.
Clients : rien ne change pour les écritures (%1 n&apos;est pas le primaire) ; %1 sert de nouveau les lectures via %3 dès qu&apos;il diffuse.</translation>
    </message>
    <message>
        <source>%1 rejoins cluster %2 as a standby of %3. PostgreSQL on %1 is stopped if it runs and stays stopped; a crash is recovered in single-user mode (no connections); pg_rewind then discards what %1 wrote after the cluster moved on (writes no client of the cluster saw acknowledged through %4 since the failover), and %1 starts as a standby - never as a primary.
Clients: writes through %4 are not affected; %1 serves reads through %5 again once it streams. If pg_rewind cannot do it, pgpilot offers a re-clone.</source>
        <translation>%1 rejoint le cluster %2 comme secondaire de %3. PostgreSQL sur %1 est arrêté s&apos;il tourne et reste arrêté ; un crash est récupéré en mode mono-utilisateur (sans connexions) ; pg_rewind écarte ensuite ce que %1 a écrit après que le cluster est passé à autre chose (écritures qu&apos;aucun client du cluster n&apos;a vues acquittées via %4 depuis le failover), et %1 démarre comme secondaire – jamais comme primaire.
Clients : les écritures via %4 ne sont pas touchées ; %1 sert de nouveau les lectures via %5 dès qu&apos;il diffuse. Si pg_rewind n&apos;y parvient pas, pgpilot propose un reclonage.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped now (fast shutdown: its open connections are cut) and kept from starting (start.conf disabled, unit masked, fence mark) until %1 is rejoined. Its health service answers 503 from now on, so HAProxy on every node and Keepalived keep it out.
Clients: if %1 is the real primary, writes through %2 stop until repmgrd promotes a standby; otherwise they only lose connections that reached %1.</source>
        <translation>PostgreSQL sur %1 est arrêté maintenant (arrêt rapide : ses connexions ouvertes sont coupées) et empêché de démarrer (start.conf désactivé, unité masquée, marque d&apos;isolement) jusqu&apos;à la réintégration de %1. Son service de santé répond désormais 503, donc HAProxy sur chaque nœud et Keepalived le tiennent à l&apos;écart.
Clients : si %1 est le vrai primaire, les écritures via %2 s&apos;arrêtent jusqu&apos;à ce que repmgrd promeuve un secondaire ; sinon elles ne perdent que les connexions arrivées sur %1.</translation>
    </message>
    <message>
        <source>%1 is installed (phases 1-2), cloned from %2 and registered as a standby of cluster %3; HAProxy and Keepalived on every node are reloaded (not restarted) to know it.
Clients: no interruption; %1 serves reads through %4 once it streams. The clone reads the whole database from %2.</source>
        <translation>%1 est installé (phases 1-2), cloné depuis %2 et enregistré comme secondaire du cluster %3 ; HAProxy et Keepalived sont rechargés (pas redémarrés) sur chaque nœud pour le connaître.
Clients : aucune interruption ; %1 sert les lectures via %4 dès qu&apos;il diffuse. Le clonage lit toute la base depuis %2.</translation>
    </message>
    <message>
        <source>%1 is stopped (its PostgreSQL kept from starting), unregistered from repmgr, its replication slot dropped, and HAProxy and Keepalived on the other nodes reloaded without it. Its data directory stays on the node.
Clients: sessions reading from %1 through %2 are cut and reconnect to another standby; writes are not affected.</source>
        <translation>%1 est arrêté (son PostgreSQL empêché de démarrer), désenregistré de repmgr, son slot de réplication supprimé, et HAProxy et Keepalived rechargés sans lui sur les autres nœuds. Son dossier de données reste sur le nœud.
Clients : les sessions qui lisent sur %1 via %2 sont coupées et se reconnectent à un autre secondaire ; les écritures ne sont pas touchées.</translation>
    </message>
    <message>
        <source>No node given.</source>
        <translation>Aucun nœud indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2 (add its row to the worksheet first).</source>
        <translation>%1 n&apos;est pas un nœud du cluster %2 (ajouter d&apos;abord sa ligne dans la fiche).</translation>
    </message>
    <message>
        <source>Cluster %1 has %2 nodes: removing one leaves no standby.</source>
        <translation>Le cluster %1 a %2 nœuds : en retirer un ne laisse aucun secondaire.</translation>
    </message>
    <message>
        <source>Only the last node of the worksheet (%1) can be removed: node ids are worksheet positions, so removing %2 would renumber the nodes after it.</source>
        <translation>Seul le dernier nœud de la fiche (%1) peut être retiré : les identifiants de nœud sont des positions dans la fiche, retirer %2 renumérotérait les nœuds suivants.</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Writes wait: no standby of the synchronous quorum is streaming</source>
        <translation>Les écritures attendent : aucun secondaire du quorum synchrone ne réplique</translation>
    </message>
    <message>
        <source>Writes wait: 1 of the %1 standbys the synchronous quorum needs is streaming</source>
        <translation>Les écritures attendent : 1 des %1 secondaires requis par le quorum synchrone réplique</translation>
    </message>
    <message>
        <source>Writes wait: %1 of the %2 standbys the synchronous quorum needs are streaming</source>
        <translation>Les écritures attendent : %1 des %2 secondaires requis par le quorum synchrone répliquent</translation>
    </message>
    <message>
        <source>Commits on %1 do not return to the applications until %2 standby(s) confirm them. If %1 stays cut off from a majority of the cluster, it may stop itself.</source>
        <translation>Les validations sur %1 ne reviennent aux applications qu’une fois confirmées par %2 secondaire(s). Si %1 reste coupé d’une majorité du cluster, il peut s’arrêter de lui-même.</translation>
    </message>
    <message>
        <source>Only if you accept losing acknowledged writes in a failover: switch the worksheet to asynchronous replication and apply phase 2.</source>
        <translation>Seulement si vous acceptez de perdre des écritures confirmées lors d’une bascule : passez la fiche en réplication asynchrone et appliquez la phase 2.</translation>
    </message>
    <message>
        <source>synchronous_standby_names on %1 names fewer standbys than it needs (&quot;%2&quot;): add standbys. %3</source>
        <translation>synchronous_standby_names sur %1 nomme moins de secondaires qu’il n’en faut (« %2 ») : ajoutez des secondaires. %3</translation>
    </message>
    <message>
        <source>Start or repair %1 (not streaming). %2</source>
        <translation>Démarrez ou réparez %1 (ne réplique pas). %2</translation>
    </message>
    <message>
        <source>asynchronous replication</source>
        <translation>réplication asynchrone</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>New passwords for %1 of cluster %2: pgpilot stores them in the keychain under pending keys first, then %3 stores their SCRAM verifiers and every node&apos;s .pgpass gets the new repmgr password; once a login with each new password works on every node, the pending keys become the real ones. An interrupted run is finished by the next one.
Clients: open sessions go on; new logins with an old password are refused from then on (the dashboard and status re-read the keychain). Writes through %4 go on.</source>
        <translation>Nouveaux mots de passe pour %1 du cluster %2 : pgpilot les range d&apos;abord dans le trousseau sous des clés provisoires, puis %3 enregistre leurs vérificateurs SCRAM et le .pgpass de chaque nœud reçoit le nouveau mot de passe repmgr ; dès qu&apos;une connexion avec chaque nouveau mot de passe fonctionne sur chaque nœud, les clés provisoires deviennent les clés définitives. Une exécution interrompue est achevée par la suivante.
Clients : les sessions ouvertes continuent ; les nouvelles connexions avec un ancien mot de passe sont dès lors refusées (le tableau de bord et l&apos;état relisent le trousseau). Les écritures via %4 continuent.</translation>
    </message>
    <message>
        <source>There is no secret store to keep the new passwords in.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où conserver les nouveaux mots de passe.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): %2</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1) : %2</translation>
    </message>
    <message>
        <source>The new password could not be stored (%1): %2</source>
        <translation>Le nouveau mot de passe n&apos;a pas pu être enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>The keychain did not keep the new password (%1).</source>
        <translation>Le trousseau n&apos;a pas conservé le nouveau mot de passe (%1).</translation>
    </message>
    <message>
        <source>There is no secret store.</source>
        <translation>Il n&apos;y a pas de magasin de secrets.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>The password %1 has %2 characters; pgpilot accepts 16 to 256 (run rotate-secrets for a new one, or store a longer one).</source>
        <translation>Le mot de passe %1 compte %2 caractères ; pgpilot en accepte de 16 à 256 (lancez rotate-secrets pour en obtenir un nouveau, ou enregistrez-en un plus long).</translation>
    </message>
    <message>
        <source>The password %1 holds a character pgpilot does not send (a space, a control character or a non-ASCII byte): only printable ASCII without space is accepted.</source>
        <translation>Le mot de passe %1 contient un caractère que pgpilot n&apos;envoie pas (espace, caractère de contrôle ou octet non ASCII) : seul l&apos;ASCII imprimable sans espace est accepté.</translation>
    </message>
    <message>
        <source>pgpilot holds no verified SSH host key for %1 (%2) in %3, so it cannot tell the other nodes which key to expect.</source>
        <translation>pgpilot ne détient aucune clé d&apos;hôte SSH vérifiée pour %1 (%2) dans %3 : il ne peut donc pas indiquer aux autres nœuds quelle clé attendre.</translation>
    </message>
    <message>
        <source>pgpilot runbook for cluster %1, node %2 (dry run, for review).
Secrets appear as placeholders ({{secret:&lt;keychain key&gt;}}, {{scram:&lt;key&gt;}} for a password&apos;s SCRAM verifier, {{pgpass:&lt;key&gt;}} for it escaped in .pgpass), and so do the nodes&apos; SSH host keys ({{hostkeys}}: those pgpilot verified): this script does not run as is.
Steps run in this order; pgpilot runs steps that target several nodes on all of them before the next step.</source>
        <translation>Runbook pgpilot du cluster %1, nœud %2 (simulation, pour relecture).
Les secrets apparaissent sous forme de marqueurs ({{secret:&lt;clé du trousseau&gt;}}, {{scram:&lt;clé&gt;}} pour le vérificateur SCRAM d&apos;un mot de passe, {{pgpass:&lt;clé&gt;}} pour sa valeur échappée dans .pgpass), de même que les clés d&apos;hôte SSH des nœuds ({{hostkeys}} : celles que pgpilot a vérifiées) : ce script ne s&apos;exécute pas tel quel.
Les étapes s&apos;exécutent dans cet ordre ; pgpilot exécute les étapes visant plusieurs nœuds sur tous avant de passer à la suivante.</translation>
    </message>
    <message>
        <source>%1&apos;s TLS certificate expired on %2</source>
        <translation>Le certificat TLS de %1 a expiré le %2</translation>
    </message>
    <message>
        <source>Renew the node certificates: pgpilot renew-certs (PostgreSQL reloads them, no restart).</source>
        <translation>Renouvelez les certificats des nœuds : pgpilot renew-certs (PostgreSQL les recharge, sans redémarrage).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>certificate until %1</source>
        <translation>certificat jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>The new certificate could not be stored (%1): %2</source>
        <translation>Le nouveau certificat n&apos;a pas pu être enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>The keychain did not keep the new certificate (%1).</source>
        <translation>Le trousseau n&apos;a pas conservé le nouveau certificat (%1).</translation>
    </message>
    <message>
        <source>No renewed certificate of %1 is waiting in the keychain (%2): with the site&apos;s own certificates, import the new ones first (pgpilot import-certs --renewal, or File &gt; Import site certificates).</source>
        <translation>Aucun certificat renouvelé de %1 n&apos;attend dans le trousseau (%2) : avec les certificats propres du site, importez d&apos;abord les nouveaux (pgpilot import-certs --renewal, ou Fichier &gt; Importer les certificats du site).</translation>
    </message>
    <message>
        <source>No new certificate for %1: %2</source>
        <translation>Pas de nouveau certificat pour %1 : %2</translation>
    </message>
    <message>
        <source>There is no secret store to keep the new certificates in.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où conserver les nouveaux certificats.</translation>
    </message>
    <message>
        <source>The site CA&apos;s certificate (%1) is not in this keychain. Import the site&apos;s certificates first (pgpilot import-certs).</source>
        <translation>Le certificat de l&apos;AC du site (%1) n&apos;est pas dans ce trousseau. Importez d&apos;abord les certificats du site (pgpilot import-certs).</translation>
    </message>
    <message>
        <source>The cluster CA (%1, %2) is not in this keychain: only a workstation that holds it can issue certificates. Import the cluster&apos;s secrets (import-secrets) from the workstation that built it.</source>
        <translation>L&apos;AC du cluster (%1, %2) n&apos;est pas dans ce trousseau : seul un poste qui la détient peut émettre des certificats. Importez les secrets du cluster (import-secrets) depuis le poste qui l&apos;a mis en place.</translation>
    </message>
    <message>
        <source>The cluster CA&apos;s key in the keychain does not belong to its certificate (%1)</source>
        <translation>La clé de l&apos;AC du cluster dans le trousseau ne correspond pas à son certificat (%1)</translation>
    </message>
    <message>
        <source>Every node of cluster %1 gets a new key and certificate signed by the cluster CA: pgpilot stores them in the keychain under pending keys first, writes them on each node as postgres and has PostgreSQL reload them (no restart); once every node serves its new certificate, the pending keys become the real ones. An interrupted run is finished by the next one.
Clients: nothing is cut; open sessions and replication keep their connections, new connections see the new certificate. Writes through %2 go on.</source>
        <translation>Chaque nœud du cluster %1 reçoit une nouvelle clé et un nouveau certificat signé par l&apos;AC du cluster : pgpilot les range d&apos;abord dans le trousseau sous des clés provisoires, les écrit sur chaque nœud en tant que postgres et les fait recharger par PostgreSQL (sans redémarrage) ; dès que chaque nœud présente son nouveau certificat, les clés provisoires deviennent les clés définitives. Une exécution interrompue est achevée par la suivante.
Clients : rien n&apos;est coupé ; les sessions ouvertes et la réplication gardent leurs connexions, les nouvelles connexions voient le nouveau certificat. Les écritures via %2 continuent.</translation>
    </message>
    <message>
        <source>Cluster %1 does not use verified TLS (worksheet tls.mode): it has no certificates of pgpilot&apos;s to renew.</source>
        <translation>Le cluster %1 n&apos;utilise pas le TLS vérifié (tls.mode de la fiche) : il n&apos;a pas de certificats de pgpilot à renouveler.</translation>
    </message>
    <message>
        <source>The new value %1 could not be read back: %2</source>
        <translation>La nouvelle valeur %1 n&apos;a pas pu être relue : %2</translation>
    </message>
    <message>
        <source>The new value could not be stored under %1 (it stays under %2): %3</source>
        <translation>La nouvelle valeur n&apos;a pas pu être enregistrée sous %1 (elle reste sous %2) : %3</translation>
    </message>
    <message>
        <source>%1: the certificate file holds no PEM certificate.</source>
        <translation>%1 : le fichier de certificat ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1: the key file does not hold the private key of its certificate (or the key is encrypted: PostgreSQL must read it at a reload without a passphrase).</source>
        <translation>%1 : le fichier de clé ne contient pas la clé privée de son certificat (ou la clé est chiffrée : PostgreSQL doit pouvoir la lire lors d&apos;un rechargement, sans phrase de passe).</translation>
    </message>
    <message>
        <source>%1: the certificate is a CA certificate, not a server&apos;s.</source>
        <translation>%1 : le certificat est un certificat d&apos;AC, pas un certificat de serveur.</translation>
    </message>
    <message>
        <source>%1: the certificate does not verify against the site CA: %2. Put any intermediate certificates after it in the certificate file.</source>
        <translation>%1 : le certificat ne se vérifie pas avec l&apos;AC du site : %2. Placez les éventuels certificats intermédiaires après lui dans le fichier de certificat.</translation>
    </message>
    <message>
        <source>%1: the certificate does not name %2 among its subject alternative names (it names %3), so verify-full would refuse it. Ask for a certificate with IP names for the node&apos;s address and the VIP.</source>
        <translation>%1 : le certificat ne mentionne pas %2 parmi ses noms alternatifs SAN (il mentionne %3), donc verify-full le refuserait. Demandez un certificat portant des noms IP pour l&apos;adresse du nœud et la VIP.</translation>
    </message>
    <message>
        <source>%1: the certificate expires on %2, in less than %3 days.</source>
        <translation>%1 : le certificat expire le %2, dans moins de %3 jours.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a certificate or key file.</source>
        <translation>%1 dépasse 1 Mio : ce n&apos;est pas un fichier de certificat ou de clé.</translation>
    </message>
    <message>
        <source>The worksheet&apos;s TLS mode is %1: the site&apos;s certificates are used only with the mode &quot;site&quot;. Change it on the worksheet first.</source>
        <translation>Le mode TLS de la fiche est %1 : les certificats du site ne servent qu&apos;avec le mode « site ». Modifiez-le d&apos;abord sur la fiche.</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The CA file&apos;s certificate (%1) is not a CA certificate.</source>
        <translation>Le certificat du fichier d&apos;AC (%1) n&apos;est pas un certificat d&apos;AC.</translation>
    </message>
    <message>
        <source>%1: no certificate and key were given for this node.</source>
        <translation>%1 : aucun certificat ni aucune clé n&apos;ont été fournis pour ce nœud.</translation>
    </message>
    <message>
        <source>%1 is not a node of the cluster %2.</source>
        <translation>%1 n&apos;est pas un nœud du cluster %2.</translation>
    </message>
    <message>
        <source>There is no secret store to keep the certificates in.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où conserver les certificats.</translation>
    </message>
    <message>
        <source>No site CA is stored yet (%1): import the certificates without --renewal first, then run phase 2.</source>
        <translation>Aucune AC du site n&apos;est encore enregistrée (%1) : importez d&apos;abord les certificats sans --renewal, puis lancez la phase 2.</translation>
    </message>
    <message>
        <source>The CA file is not the CA the nodes trust now (%1). renew-certs keeps the CA; a new site CA means importing without --renewal and running phase 2 again.</source>
        <translation>Le fichier d&apos;AC n&apos;est pas l&apos;AC à laquelle les nœuds font confiance actuellement (%1). renew-certs conserve l&apos;AC ; une nouvelle AC du site implique d&apos;importer sans --renewal et de relancer la phase 2.</translation>
    </message>
    <message>
        <source>%1&apos;s TLS certificate expires on %2, in %n day(s)</source>
        <translation>Le certificat TLS de %1 expire le %2, dans %n jour(s)</translation>
    </message>
    <message>
        <source>Once it has expired, the standbys, repmgr and pgpilot refuse to connect to %1: replication from it and any failover to it stop working.</source>
        <translation>Une fois expiré, les standbys, repmgr et pgpilot refusent de se connecter à %1 : la réplication depuis ce nœud et toute bascule vers lui cessent de fonctionner.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>not read: %1
</source>
        <translation>non lu : %1
</translation>
    </message>
    <message>
        <source>HAProxy has no frontend that routes writes</source>
        <translation>HAProxy n&apos;a aucun frontend qui achemine les écritures</translation>
    </message>
    <message>
        <source>Applications that connect to the VIP&apos;s write port reach nothing.</source>
        <translation>Les applications qui se connectent au port d&apos;écriture de la VIP n&apos;atteignent rien.</translation>
    </message>
    <message>
        <source>%1: no frontend with a backend</source>
        <translation>%1 : aucun frontend avec un backend</translation>
    </message>
    <message>
        <source>HAProxy checks only that the health port accepts a connection</source>
        <translation>HAProxy vérifie seulement que le port de santé accepte une connexion</translation>
    </message>
    <message>
        <source>Every node whose health service runs passes that check, so after a failover HAProxy keeps sending writes to the server it listed first (the old primary), and clients on the demoted node are not disconnected.</source>
        <translation>Tout nœud dont le service de santé tourne passe cette vérification : après une bascule, HAProxy continue donc d&apos;envoyer les écritures au serveur qu&apos;il liste en premier (l&apos;ancien primaire), et les clients du nœud rétrogradé ne sont pas déconnectés.</translation>
    </message>
    <message>
        <source>%1:%2: backend %3 has no option httpchk</source>
        <translation>%1:%2 : le backend %3 n&apos;a pas d&apos;option httpchk</translation>
    </message>
    <message>
        <source>HAProxy keeps client sessions on a server its check marks down</source>
        <translation>HAProxy garde les sessions clientes sur un serveur que sa vérification marque hors service</translation>
    </message>
    <message>
        <source>Clients stay connected to a demoted primary and their writes fail until they reconnect by themselves.</source>
        <translation>Les clients restent connectés à un primaire rétrogradé et leurs écritures échouent jusqu&apos;à ce qu&apos;ils se reconnectent d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>%1:%2: backend %3 without on-marked-down shutdown-sessions</source>
        <translation>%1:%2 : backend %3 sans on-marked-down shutdown-sessions</translation>
    </message>
    <message>
        <source>HAProxy closes idle connections after less than 10 minutes</source>
        <translation>HAProxy ferme les connexions inactives après moins de 10 minutes</translation>
    </message>
    <message>
        <source>Mattermost&apos;s pooled database connections sit idle between requests: HAProxy cuts them, and the application sees errors or reconnects all day.</source>
        <translation>Les connexions de base de données mises en pool par Mattermost restent inactives entre les requêtes : HAProxy les coupe, et l&apos;application voit des erreurs ou se reconnecte toute la journée.</translation>
    </message>
    <message>
        <source>HAProxy has no stats listener</source>
        <translation>HAProxy n&apos;a pas d&apos;écouteur de statistiques</translation>
    </message>
    <message>
        <source>Nobody can see which backend servers HAProxy thinks are up; pgpilot&apos;s dashboard cannot show where writes and reads go.</source>
        <translation>Personne ne peut voir quels serveurs backend HAProxy considère comme disponibles ; le tableau de bord de pgpilot ne peut pas montrer où vont les écritures et les lectures.</translation>
    </message>
    <message>
        <source>%1: no listen section with stats enable</source>
        <translation>%1 : aucune section listen avec stats enable</translation>
    </message>
    <message>
        <source>Nothing listens on the health port</source>
        <translation>Rien n&apos;écoute sur le port de santé</translation>
    </message>
    <message>
        <source>HAProxy&apos;s checks of this node fail: it gets no traffic, even as the primary.</source>
        <translation>Les vérifications de ce nœud par HAProxy échouent : il ne reçoit aucun trafic, même en tant que primaire.</translation>
    </message>
    <message>
        <source>port %1: no listener</source>
        <translation>port %1 : aucun écouteur</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1 : %2</translation>
    </message>
    <message>
        <source>The health service runs as root</source>
        <translation>Le service de santé tourne en root</translation>
    </message>
    <message>
        <source>A service any host on the network can talk to runs with every privilege. The guide&apos;s pgchk.py as root cannot even log in to PostgreSQL under Debian&apos;s peer authentication, so every check answers 503.</source>
        <translation>Un service auquel n&apos;importe quel hôte du réseau peut parler tourne avec tous les privilèges. Le pgchk.py du guide, lancé en root, ne peut même pas se connecter à PostgreSQL avec l&apos;authentification peer de Debian : chaque vérification répond donc 503.</translation>
    </message>
    <message>
        <source>The health service is not pgpilot&apos;s</source>
        <translation>Le service de santé n&apos;est pas celui de pgpilot</translation>
    </message>
    <message>
        <source>It answers only primary or replica, one request at a time, with no bound on PostgreSQL&apos;s answer: a slow query stalls every check, and pgpilot cannot read lag, timeline or fencing from it.</source>
        <translation>Il répond seulement primary ou replica, une requête à la fois, sans limite sur la réponse de PostgreSQL : une requête lente bloque chaque vérification, et pgpilot ne peut y lire ni le retard, ni la timeline, ni le fencing.</translation>
    </message>
    <message>
        <source>Keepalived tracks nothing: the VIP does not follow the primary</source>
        <translation>Keepalived ne surveille rien : la VIP ne suit pas le primaire</translation>
    </message>
    <message>
        <source>The VIP moves only when Keepalived itself dies. After a failover it stays on the old primary, whose HAProxy has nowhere to send writes: the applications&apos; writes fail.</source>
        <translation>La VIP ne se déplace que si Keepalived lui-même tombe. Après une bascule, elle reste sur l&apos;ancien primaire, dont le HAProxy n&apos;a nulle part où envoyer les écritures : les écritures des applications échouent.</translation>
    </message>
    <message>
        <source>%1:%2: vrrp_instance %3 has no track_script</source>
        <translation>%1:%2 : vrrp_instance %3 n&apos;a pas de track_script</translation>
    </message>
    <message>
        <source>Keepalived accepts VRRP adverts from any host on the subnet</source>
        <translation>Keepalived accepte les annonces VRRP de n&apos;importe quel hôte du sous-réseau</translation>
    </message>
    <message>
        <source>A host on the same network that sends adverts with a higher priority takes the VIP, and the applications&apos; connections with it.</source>
        <translation>Un hôte du même réseau qui envoie des annonces avec une priorité plus élevée prend la VIP, et avec elle les connexions des applications.</translation>
    </message>
    <message>
        <source>%1:%2: vrrp_instance %3 uses multicast, no unicast_peer list</source>
        <translation>%1:%2 : vrrp_instance %3 utilise le multicast, sans liste unicast_peer</translation>
    </message>
    <message>
        <source>repmgrd&apos;s unit passes --no-daemonize, which repmgrd does not know</source>
        <translation>L&apos;unité de repmgrd passe --no-daemonize, que repmgrd ne connaît pas</translation>
    </message>
    <message>
        <source>repmgrd prints its usage and exits: automatic failover never runs.</source>
        <translation>repmgrd affiche son aide et s&apos;arrête : la bascule automatique ne s&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>repmgrd.service: %1</source>
        <translation>repmgrd.service : %1</translation>
    </message>
    <message>
        <source>repmgrd is not running</source>
        <translation>repmgrd ne tourne pas</translation>
    </message>
    <message>
        <source>Nothing promotes a standby when the primary fails.</source>
        <translation>Rien ne promeut un standby quand le primaire tombe.</translation>
    </message>
    <message>
        <source>systemctl is-active: %1</source>
        <translation>systemctl is-active : %1</translation>
    </message>
    <message>
        <source>repmgrd&apos;s unit depends on Debian&apos;s umbrella postgresql.service</source>
        <translation>L&apos;unité de repmgrd dépend de l&apos;unité parapluie postgresql.service de Debian</translation>
    </message>
    <message>
        <source>That unit does not follow the real cluster (postgresql@&lt;version&gt;-main): repmgrd&apos;s start and stop are not tied to PostgreSQL&apos;s.</source>
        <translation>Cette unité ne suit pas le vrai cluster (postgresql@&lt;version&gt;-main) : le démarrage et l&apos;arrêt de repmgrd ne sont pas liés à ceux de PostgreSQL.</translation>
    </message>
    <message>
        <source>repmgrd.service: Requires=postgresql.service</source>
        <translation>repmgrd.service : Requires=postgresql.service</translation>
    </message>
    <message>
        <source>repmgr&apos;s promote and follow commands have no full path</source>
        <translation>Les commandes promote et follow de repmgr n&apos;ont pas de chemin complet</translation>
    </message>
    <message>
        <source>repmgrd runs them with its own PATH: where repmgr is not on it, promotion fails in the middle of a failover.</source>
        <translation>repmgrd les exécute avec son propre PATH : là où repmgr n&apos;y figure pas, la promotion échoue au milieu d&apos;une bascule.</translation>
    </message>
    <message>
        <source>Nothing lets postgres run pg_ctlcluster through sudo</source>
        <translation>Rien ne permet à postgres d&apos;exécuter pg_ctlcluster via sudo</translation>
    </message>
    <message>
        <source>repmgr&apos;s service commands fail: switchover and rejoin cannot stop or start PostgreSQL.</source>
        <translation>Les commandes de service de repmgr échouent : le basculement planifié et le rejoin ne peuvent ni arrêter ni démarrer PostgreSQL.</translation>
    </message>
    <message>
        <source>The postgres user has no SSH key for the other nodes</source>
        <translation>L&apos;utilisateur postgres n&apos;a pas de clé SSH pour les autres nœuds</translation>
    </message>
    <message>
        <source>repmgr standby switchover logs in to the other nodes as postgres: a planned switchover fails.</source>
        <translation>repmgr standby switchover se connecte aux autres nœuds en tant que postgres : un basculement planifié échoue.</translation>
    </message>
    <message>
        <source>~postgres/.ssh: no key</source>
        <translation>~postgres/.ssh : aucune clé</translation>
    </message>
    <message>
        <source>Replication settings are appended to postgresql.conf</source>
        <translation>Les paramètres de réplication sont ajoutés à la fin de postgresql.conf</translation>
    </message>
    <message>
        <source>They come after include_dir &apos;conf.d&apos;, so they override what pgpilot writes there, and running the step again appends them twice.</source>
        <translation>Ils viennent après include_dir &apos;conf.d&apos;, donc ils écrasent ce que pgpilot y écrit, et relancer l&apos;étape les ajoute une seconde fois.</translation>
    </message>
    <message>
        <source>Running the step again appends them twice; a later edit of the file decides which copy wins.</source>
        <translation>Relancer l&apos;étape les ajoute une seconde fois ; une modification ultérieure du fichier décide quelle copie l&apos;emporte.</translation>
    </message>
    <message>
        <source>WAL archiving throws every segment away</source>
        <translation>L&apos;archivage des WAL jette chaque segment</translation>
    </message>
    <message>
        <source>archive_command succeeds without keeping anything: there is no point-in-time recovery, and the setting looks like a working archive.</source>
        <translation>archive_command réussit sans rien conserver : il n&apos;y a pas de restauration à un instant donné (PITR), et le paramètre ressemble à une archive qui fonctionne.</translation>
    </message>
    <message>
        <source>Replication slots may hold back WAL without limit</source>
        <translation>Les slots de réplication peuvent retenir les WAL sans limite</translation>
    </message>
    <message>
        <source>A standby that is down keeps its slot: the primary keeps every WAL segment for it until its disk is full and it stops accepting writes.</source>
        <translation>Un standby arrêté garde son slot : le primaire conserve pour lui chaque segment WAL jusqu&apos;à ce que son disque soit plein et qu&apos;il n&apos;accepte plus d&apos;écritures.</translation>
    </message>
    <message>
        <source>Nodes and clients log in without verified TLS</source>
        <translation>Les nœuds et les clients se connectent sans TLS vérifié</translation>
    </message>
    <message>
        <source>Replication, repmgr and the SCRAM login exchange cross the network unverified: a host on the subnet can read the data or pose as a node. pgpilot&apos;s default is TLS verified against the cluster&apos;s CA (tls.mode verify-full).</source>
        <translation>La réplication, repmgr et l&apos;échange de connexion SCRAM traversent le réseau sans vérification : un hôte du sous-réseau peut lire les données ou se faire passer pour un nœud. Par défaut, pgpilot utilise TLS vérifié par rapport à la CA du cluster (tls.mode verify-full).</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>Commits do not wait for any standby</source>
        <translation>Les commits n&apos;attendent aucun standby</translation>
    </message>
    <message>
        <source>The worksheet asks for a synchronous quorum, the primary runs asynchronously: a failover loses the commits acknowledged just before it.</source>
        <translation>La fiche demande un quorum synchrone, le primaire fonctionne en asynchrone : une bascule perd les commits acquittés juste avant.</translation>
    </message>
    <message>
        <source>A failover loses the commits acknowledged just before it. pgpilot&apos;s default is a synchronous quorum (set replication.mode to sync-quorum in the worksheet).</source>
        <translation>Une bascule perd les commits acquittés juste avant. Par défaut, pgpilot utilise un quorum synchrone (mettez replication.mode à sync-quorum dans la fiche).</translation>
    </message>
    <message>
        <source>PostgreSQL starts by itself when the node boots</source>
        <translation>PostgreSQL démarre de lui-même au démarrage du nœud</translation>
    </message>
    <message>
        <source>A failed primary that reboots after a failover comes back as a second writable primary.</source>
        <translation>Un primaire en panne qui redémarre après une bascule revient comme un second primaire accessible en écriture.</translation>
    </message>
    <message>
        <source>repmgr&apos;s password is also kept outside the postgres user&apos;s home</source>
        <translation>Le mot de passe de repmgr est aussi conservé hors du répertoire personnel de l&apos;utilisateur postgres</translation>
    </message>
    <message>
        <source>repmgr runs as postgres and never reads it there; it is one more copy of a superuser password to protect.</source>
        <translation>repmgr tourne en tant que postgres et ne l&apos;y lit jamais ; c&apos;est une copie de plus d&apos;un mot de passe de superutilisateur à protéger.</translation>
    </message>
    <message>
        <source>pgpilot monitors with repmgr&apos;s superuser login</source>
        <translation>pgpilot surveille avec la connexion superutilisateur de repmgr</translation>
    </message>
    <message>
        <source>The dashboard needs only pg_monitor; phase 3 creates pgpilot_monitor for it.</source>
        <translation>Le tableau de bord n&apos;a besoin que de pg_monitor ; la phase 3 crée pgpilot_monitor pour lui.</translation>
    </message>
    <message>
        <source>no role pgpilot_monitor</source>
        <translation>aucun rôle pgpilot_monitor</translation>
    </message>
    <message>
        <source>base installation</source>
        <translation>installation de base</translation>
    </message>
    <message>
        <source>PostgreSQL configuration</source>
        <translation>configuration de PostgreSQL</translation>
    </message>
    <message>
        <source>repmgr cluster</source>
        <translation>cluster repmgr</translation>
    </message>
    <message>
        <source>HAProxy, health check and VIP</source>
        <translation>HAProxy, vérification de santé et VIP</translation>
    </message>
    <message>
        <source>not read: %1 (%2): %3
</source>
        <translation>non lu : %1 (%2) : %3
</translation>
    </message>
    <message>
        <source> [guide erratum %1]</source>
        <translation> [erratum du guide %1]</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>risque : %1</translation>
    </message>
    <message>
        <source>  evidence: %1
</source>
        <translation>  preuve : %1
</translation>
    </message>
    <message>
        <source>  fix: phase %1 (%2), step %3
</source>
        <translation>  correction : phase %1 (%2), étape %3
</translation>
    </message>
    <message>
        <source>repmgr&apos;s node table (repmgr.nodes) has no rows</source>
        <translation>La table des nœuds de repmgr (repmgr.nodes) n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>%1 is not among the nodes repmgr lists, or could not be read.</source>
        <translation>%1 ne figure pas parmi les nœuds listés par repmgr, ou n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, for which pgpilot has no profile (Debian 12, Debian 13, Ubuntu 24.04).</source>
        <translation>%1 exécute %2 %3, pour lequel pgpilot n&apos;a pas de profil (Debian 12, Debian 13, Ubuntu 24.04).</translation>
    </message>
    <message>
        <source>No node has a Keepalived VRRP instance with a virtual address: the worksheet has no VIP. Enter it before running phase 4.</source>
        <translation>Aucun nœud n&apos;a d&apos;instance VRRP Keepalived avec une adresse virtuelle : la fiche n&apos;a pas de VIP. Saisissez-la avant de lancer la phase 4.</translation>
    </message>
    <message>
        <source>%1&apos;s haproxy.cfg has no frontend for writes: the worksheet keeps port %2.</source>
        <translation>Le haproxy.cfg de %1 n&apos;a pas de frontend pour les écritures : la fiche conserve le port %2.</translation>
    </message>
    <message>
        <source>%1 is a repmgr witness: pgpilot has no witness nodes, it is left out.</source>
        <translation>%1 est un témoin repmgr : pgpilot n&apos;a pas de nœuds témoins, il est laissé de côté.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be read: %3. Its entry comes from repmgr&apos;s node table; check its interface in the worksheet.</source>
        <translation>%1 (%2) n&apos;a pas pu être lu : %3. Son entrée provient de la table des nœuds de repmgr ; vérifiez son interface dans la fiche.</translation>
    </message>
    <message>
        <source>repmgr marks %1 inactive.</source>
        <translation>repmgr marque %1 comme inactif.</translation>
    </message>
    <message>
        <source>repmgr&apos;s database is %1, not repmgr: pgpilot&apos;s monitor reads repmgr.</source>
        <translation>La base de données de repmgr est %1, pas repmgr : le moniteur de pgpilot lit repmgr.</translation>
    </message>
    <message>
        <source>Nothing pgpilot understands answers on port %1 (%2): the dashboard will show the health service as not answering until phase 4 installs pgpilot&apos;s.</source>
        <translation>Rien de ce que pgpilot comprend ne répond sur le port %1 (%2) : le tableau de bord affichera le service de santé comme ne répondant pas jusqu&apos;à ce que la phase 4 installe celui de pgpilot.</translation>
    </message>
    <message>
        <source>What was discovered does not make a valid worksheet:
  %1</source>
        <translation>Ce qui a été découvert ne forme pas une fiche valide :
  %1</translation>
    </message>
    <message>
        <source>the health service says &quot;%1&quot; (HTTP %2), PostgreSQL says %3</source>
        <translation>le service de santé indique « %1 » (HTTP %2), PostgreSQL indique %3</translation>
    </message>
    <message>
        <source>Check the health service on %1 (systemctl status %2) and whether pgpilot reaches PostgreSQL&apos;s port from here.</source>
        <translation>Vérifiez le service de santé sur %1 (systemctl status %2) et que pgpilot atteint le port de PostgreSQL depuis ce poste.</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>recharger</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrer</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Preview of phase %1 (%2): nothing has been changed.
</source>
        <translation>Aperçu de la phase %1 (%2) : rien n&apos;a été modifié.
</translation>
    </message>
    <message>
        <source>  %1: could not be read: %2
</source>
        <translation>  %1 : lecture impossible : %2
</translation>
    </message>
    <message>
        <source>  %1: nothing to do now; checked again after the steps above, which may make it needed
</source>
        <translation>  %1 : rien à faire pour l&apos;instant ; vérifié à nouveau après les étapes ci-dessus, qui peuvent le rendre nécessaire
</translation>
    </message>
    <message>
        <source>  %1: unchanged
</source>
        <translation>  %1 : inchangé
</translation>
    </message>
    <message>
        <source>  %1: would run
</source>
        <translation>  %1 : serait exécuté
</translation>
    </message>
    <message>
        <source>    %1: same content; owner and mode %2 -&gt; %3
</source>
        <translation>    %1 : même contenu ; propriétaire et mode %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>    %1: same content
</source>
        <translation>    %1 : même contenu
</translation>
    </message>
    <message>
        <source>    %1: changed%2
</source>
        <translation>    %1 : modifié%2
</translation>
    </message>
    <message>
        <source>; owner and mode %1 -&gt; %2</source>
        <translation> ; propriétaire et mode %1 -&gt; %2</translation>
    </message>
    <message>
        <source>    %1: new file, %2 lines (not shown here; --json has its content)
</source>
        <translation>    %1 : nouveau fichier, %2 lignes (non affiché ici ; --json en donne le contenu)
</translation>
    </message>
    <message>
        <source>    %1: new file
</source>
        <translation>    %1 : nouveau fichier
</translation>
    </message>
    <message>
        <source>    %1: replaced with the keychain&apos;s content (not shown)
</source>
        <translation>    %1 : remplacé par le contenu du trousseau (non affiché)
</translation>
    </message>
    <message>
        <source>    %1: could not be compared: %2
</source>
        <translation>    %1 : comparaison impossible : %2
</translation>
    </message>
    <message>
        <source>    runs: %1
</source>
        <translation>    exécute : %1
</translation>
    </message>
    <message>
        <source>%1: %2 %3 (if needed)</source>
        <translation>%1 : %2 %3 (si nécessaire)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>    may reload %1
</source>
        <translation>    peut recharger %1
</translation>
    </message>
    <message>
        <source>    reloads %1
</source>
        <translation>    recharge %1
</translation>
    </message>
    <message>
        <source>    may restart %1
</source>
        <translation>    peut redémarrer %1
</translation>
    </message>
    <message>
        <source>    restarts %1
</source>
        <translation>    redémarre %1
</translation>
    </message>
    <message>
        <source>    may stop %1
</source>
        <translation>    peut arrêter %1
</translation>
    </message>
    <message>
        <source>    stops %1
</source>
        <translation>    arrête %1
</translation>
    </message>
    <message>
        <source>
No service would be reloaded, restarted or stopped.
</source>
        <translation>
Aucun service ne serait rechargé, redémarré ou arrêté.
</translation>
    </message>
    <message>
        <source>
Services affected:
  %1
</source>
        <translation>
Services concernés :
  %1
</translation>
    </message>
    <message>
        <source>Nothing to change: every step of this phase is already done.
</source>
        <translation>Rien à modifier : chaque étape de cette phase est déjà effectuée.
</translation>
    </message>
    <message>
        <source>pgpilot incident bundle: cluster %1, %2 to %3 (UTC)
</source>
        <translation>Paquet d&apos;incident pgpilot : cluster %1, de %2 à %3 (UTC)
</translation>
    </message>
    <message>
        <source>At the start (%1): %2
</source>
        <translation>Au début (%1) : %2
</translation>
    </message>
    <message>
        <source>First frame (%1): %2
</source>
        <translation>Premier instantané (%1) : %2
</translation>
    </message>
    <message>
        <source>No frame was recorded in this window.
</source>
        <translation>Aucun instantané n&apos;a été enregistré dans cette plage.
</translation>
    </message>
    <message>
        <source>
Incidents:
</source>
        <translation>
Incidents :
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  aucun
</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours ouvert</translation>
    </message>
    <message>
        <source>
Timeline:
</source>
        <translation>
Chronologie :
</translation>
    </message>
    <message>
        <source>nothing recorded until %1 (pgpilot was not running, or its monitor stalled)</source>
        <translation>rien d&apos;enregistré jusqu&apos;à %1 (pgpilot ne tournait pas, ou son moniteur était bloqué)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>  no event
</source>
        <translation>  aucun événement
</translation>
    </message>
    <message>
        <source>
At the end (%1): %2
</source>
        <translation>
À la fin (%1) : %2
</translation>
    </message>
    <message>
        <source>The bundle needs a window: a start before its end.</source>
        <translation>Le paquet a besoin d&apos;une plage : un début avant sa fin.</translation>
    </message>
    <message>
        <source>%1 exists: the bundle never replaces a file; name another one.</source>
        <translation>%1 existe : le paquet ne remplace jamais un fichier ; en indiquer un autre.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Nothing happened while this window was closed (since %1).</source>
        <translation>Rien ne s&apos;est passé pendant que cette fenêtre était fermée (depuis %1).</translation>
    </message>
    <message>
        <source>While this window was closed (since %1): %n event(s) recorded</source>
        <translation>Pendant que cette fenêtre était fermée (depuis %1) : %n événement(s) enregistré(s)</translation>
    </message>
    <message>
        <source>• %1 from %2 to %3: %4</source>
        <translation>• %1 de %2 à %3 : %4</translation>
    </message>
    <message>
        <source>• nothing recorded from %1 to %2: no pgpilot watched (repmgr&apos;s own events, kept on the nodes, are in the timeline)</source>
        <translation>• rien d&apos;enregistré de %1 à %2 : aucun pgpilot ne surveillait (les événements propres à repmgr, conservés sur les nœuds, sont dans la chronologie)</translation>
    </message>
    <message>
        <source>Replay… shows any moment of it.</source>
        <translation>Rejeu… en montre n&apos;importe quel moment.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>ne réplique pas</translation>
    </message>
    <message>
        <source>cascaded</source>
        <translation>en cascade</translation>
    </message>
    <message>
        <source>writes → ?</source>
        <translation>écritures → ?</translation>
    </message>
    <message>
        <source>writes → %1</source>
        <translation>écritures → %1</translation>
    </message>
    <message>
        <source>TEST %1: a test notification from pgpilot</source>
        <translation>TEST %1 : une notification de test de pgpilot</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>RÉSOLU</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>no alarm</source>
        <translation>aucune alarme</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 de plus)</translation>
    </message>
    <message>
        <source>This is a test notification for the cluster %1, sent by hand (the test button or pgpilot watch --test) at %2. Nothing is wrong: if you read this, the channel works.
</source>
        <translation>Ceci est une notification de test pour le cluster %1, envoyée à la main (le bouton de test ou pgpilot watch --test) à %2. Tout va bien : si vous lisez ceci, le canal fonctionne.
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 is over: no alarm since the last one cleared (opened %3, resolved %4).
</source>
        <translation>L&apos;incident %1 du cluster %2 est terminé : aucune alarme depuis que la dernière a été résolue (ouvert %3, résolu %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 got critical at %3 (opened %4).
</source>
        <translation>L&apos;incident %1 du cluster %2 est devenu critique à %3 (ouvert %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 is still open at %3 (opened %4).
</source>
        <translation>L&apos;incident %1 du cluster %2 est toujours ouvert à %3 (ouvert %4).
</translation>
    </message>
    <message>
        <source>Incident %1 of cluster %2 opened at %3.
</source>
        <translation>L&apos;incident %1 du cluster %2 s&apos;est ouvert à %3.
</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>le cluster</translation>
    </message>
    <message>
        <source>[%1, firing since %2] %3 — %4
</source>
        <translation>[%1, active depuis %2] %3 — %4
</translation>
    </message>
    <message>
        <source>[cleared %1] %2 — %3
</source>
        <translation>[résolue %1] %2 — %3
</translation>
    </message>
    <message>
        <source>  What it means: %1
</source>
        <translation>  Ce que cela signifie : %1
</translation>
    </message>
    <message>
        <source>  What to do: %1
</source>
        <translation>  Que faire : %1
</translation>
    </message>
    <message>
        <source>
-- 
pgpilot watch; the dashboard shows the cluster live.
</source>
        <translation>
-- 
pgpilot watch ; le tableau de bord montre le cluster en direct.
</translation>
    </message>
    <message>
        <source>must be a port from 1 to 65535</source>
        <translation>doit être un port de 1 à 65535</translation>
    </message>
    <message>
        <source>no recipient: give a list of addresses</source>
        <translation>aucun destinataire : donner une liste d&apos;adresses</translation>
    </message>
    <message>
        <source>none sends the messages and the password readable over the network: only to a server on this machine (127.0.0.1, localhost), or with &quot;allow_plaintext&quot;: true</source>
        <translation>none envoie les messages et le mot de passe en clair sur le réseau : seulement vers un serveur sur cette machine (127.0.0.1, localhost), ou avec &quot;allow_plaintext&quot;: true</translation>
    </message>
    <message>
        <source>a user needs the keychain entry holding the password (pgpilot secrets set KEY, or the notification settings&apos; password field)</source>
        <translation>un utilisateur a besoin de l&apos;entrée du trousseau contenant le mot de passe (pgpilot secrets set KEY, ou le champ mot de passe des réglages de notification)</translation>
    </message>
    <message>
        <source>a password entry but no user to log in as</source>
        <translation>une entrée de mot de passe mais aucun utilisateur pour se connecter</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds</source>
        <translation>doit être de 0 à %1 secondes</translation>
    </message>
    <message>
        <source>give either url or url_secret (the keychain entry holding the URL)</source>
        <translation>donner soit url, soit url_secret (l&apos;entrée du trousseau contenant l&apos;URL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keychain entry name: letters, digits and : . _ / @ - only</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;entrée du trousseau : lettres, chiffres et : . _ / @ - uniquement</translation>
    </message>
    <message>
        <source>not JSON: %1 (column %2)</source>
        <translation>pas du JSON : %1 (colonne %2)</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>doit être un objet JSON ({ ... })</translation>
    </message>
    <message>
        <source>must be 1 (this pgpilot reads version 1)</source>
        <translation>doit être 1 (ce pgpilot lit la version 1)</translation>
    </message>
    <message>
        <source>not an alarm kind; the kinds are: %1</source>
        <translation>pas un type d&apos;alarme ; les types sont : %1</translation>
    </message>
    <message>
        <source>must be an object ({ &quot;muted&quot;: true, ... })</source>
        <translation>doit être un objet ({ &quot;muted&quot;: true, ... })</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: starttls, tls or none</source>
        <translation>« %1 » n&apos;est pas un mode : starttls, tls ou none</translation>
    </message>
    <message>
        <source>must be a list of addresses (strings)</source>
        <translation>doit être une liste d&apos;adresses (chaînes)</translation>
    </message>
    <message>
        <source>must be a list of addresses: [&quot;ops@example.net&quot;]</source>
        <translation>doit être une liste d&apos;adresses : [&quot;ops@example.net&quot;]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>pgBackRest could not reach a node over SSH (HostConnectError)</source>
        <translation>pgBackRest n&apos;a pas pu joindre un nœud en SSH (HostConnectError)</translation>
    </message>
    <message>
        <source>another backup or expire held the lock (LockAcquireError)</source>
        <translation>une autre sauvegarde ou un expire détenait le verrou (LockAcquireError)</translation>
    </message>
    <message>
        <source>pgBackRest could not connect to PostgreSQL (DbConnectError)</source>
        <translation>pgBackRest n&apos;a pas pu se connecter à PostgreSQL (DbConnectError)</translation>
    </message>
    <message>
        <source>a file could not be written, the repository is likely full (FileWriteError)</source>
        <translation>un fichier n&apos;a pas pu être écrit, le dépôt est probablement plein (FileWriteError)</translation>
    </message>
    <message>
        <source>the WAL the backup needs was not archived in time (ArchiveTimeoutError)</source>
        <translation>le WAL dont la sauvegarde a besoin n&apos;a pas été archivé à temps (ArchiveTimeoutError)</translation>
    </message>
    <message>
        <source>no valid repository (RepoInvalidError)</source>
        <translation>aucun dépôt valide (RepoInvalidError)</translation>
    </message>
    <message>
        <source>WAL archiving is off on %1</source>
        <translation>L&apos;archivage des WAL est désactivé sur %1</translation>
    </message>
    <message>
        <source>No WAL reaches the backup repository: backups cannot be taken and no point-in-time recovery is possible.</source>
        <translation>Aucun WAL n&apos;atteint le dépôt de sauvegarde : aucune sauvegarde ne peut être prise et aucune restauration à un instant donné (PITR) n&apos;est possible.</translation>
    </message>
    <message>
        <source>Apply phase 6: it sets archive_mode and archive_command on every node (changing archive_mode restarts PostgreSQL).</source>
        <translation>Appliquer la phase 6 : elle règle archive_mode et archive_command sur chaque nœud (changer archive_mode redémarre PostgreSQL).</translation>
    </message>
    <message>
        <source>The last WAL archived was %1 at %2 UTC</source>
        <translation>Le dernier WAL archivé était %1 le %2 UTC</translation>
    </message>
    <message>
        <source>No WAL has been archived since the statistics were reset</source>
        <translation>Aucun WAL n&apos;a été archivé depuis la réinitialisation des statistiques</translation>
    </message>
    <message>
        <source>WAL archiving fails on %1: %2 could not be archived</source>
        <translation>L&apos;archivage des WAL échoue sur %1 : %2 n&apos;a pas pu être archivé</translation>
    </message>
    <message>
        <source>WAL archiving failed on %1 (%2), then went on</source>
        <translation>L&apos;archivage des WAL a échoué sur %1 (%2), puis a repris</translation>
    </message>
    <message>
        <source>%1 (%2 failure(s) in all). Point-in-time recovery ends there, and while it fails pg_wal on %3 grows until its disk is full and PostgreSQL stops.</source>
        <translation>%1 (%2 échec(s) au total). La restauration à un instant donné s&apos;arrête là, et tant que l&apos;archivage échoue, pg_wal grossit sur %3 jusqu&apos;à ce que son disque soit plein et que PostgreSQL s&apos;arrête.</translation>
    </message>
    <message>
        <source>Check the repository host %1 (reachable over SSH from %2, free space) and pgBackRest&apos;s log on %2 (/var/log/pgbackrest/); test with: %3 on %2.</source>
        <translation>Vérifier l&apos;hôte du dépôt %1 (joignable en SSH depuis %2, espace libre) et le journal de pgBackRest sur %2 (/var/log/pgbackrest/) ; tester avec : %3 sur %2.</translation>
    </message>
    <message>
        <source>%n WAL segment(s) on %1 wait for archiving; the last one went %2 ago</source>
        <translation>%n segment(s) WAL sur %1 attendent l&apos;archivage ; le dernier est parti il y a %2</translation>
    </message>
    <message>
        <source>What was written since %1 is not in the backup repository yet: a restore now would lose it.</source>
        <translation>Ce qui a été écrit depuis %1 n&apos;est pas encore dans le dépôt de sauvegarde : une restauration maintenant le perdrait.</translation>
    </message>
    <message>
        <source>archive_command reports no failure: look for a slow or stuck archive-push on %1 (/var/log/pgbackrest/, ps -u postgres) and at the network to %2 (threshold %3).</source>
        <translation>archive_command ne signale aucun échec : chercher un archive-push lent ou bloqué sur %1 (/var/log/pgbackrest/, ps -u postgres) et vérifier le réseau vers %2 (seuil %3).</translation>
    </message>
    <message>
        <source>The backup status cannot be read from %1</source>
        <translation>L&apos;état des sauvegardes ne peut pas être lu depuis %1</translation>
    </message>
    <message>
        <source>pgpilot does not know whether backups are taken now; what it shows is from %1 UTC.</source>
        <translation>pgpilot ne sait pas si des sauvegardes sont prises actuellement ; ce qu&apos;il affiche date de %1 UTC.</translation>
    </message>
    <message>
        <source>pgpilot does not know whether backups are taken.</source>
        <translation>pgpilot ne sait pas si des sauvegardes sont prises.</translation>
    </message>
    <message>
        <source>%1. Check that %2 answers SSH and that phase 6 installed pgpilot-backup-status there (pgpilot apply --phase 6).</source>
        <translation>%1. Vérifier que %2 répond en SSH et que la phase 6 y a installé pgpilot-backup-status (pgpilot apply --phase 6).</translation>
    </message>
    <message>
        <source>stanza %1: %2 (code %3)</source>
        <translation>stanza %1 : %2 (code %3)</translation>
    </message>
    <message>
        <source>The stanza is not created: apply phase 6 (it runs pgbackrest stanza-create).</source>
        <translation>La stanza n&apos;est pas créée : appliquer la phase 6 (elle exécute pgbackrest stanza-create).</translation>
    </message>
    <message>
        <source>The database is not the one the stanza was made for (rebuilt or upgraded): run pgbackrest --stanza=%1 stanza-upgrade as pgbackrest on %2, or apply phase 6.</source>
        <translation>La base n&apos;est pas celle pour laquelle la stanza a été créée (reconstruite ou mise à niveau) : exécuter pgbackrest --stanza=%1 stanza-upgrade en tant que pgbackrest sur %2, ou appliquer la phase 6.</translation>
    </message>
    <message>
        <source>Run pgbackrest --stanza=%1 info as pgbackrest on %2 and read /var/log/pgbackrest/ there.</source>
        <translation>Exécuter pgbackrest --stanza=%1 info en tant que pgbackrest sur %2 et y lire /var/log/pgbackrest/.</translation>
    </message>
    <message>
        <source>The backup repository on %1 is not usable</source>
        <translation>Le dépôt de sauvegarde sur %1 est inutilisable</translation>
    </message>
    <message>
        <source>No backup can be taken or restored until it is repaired.</source>
        <translation>Aucune sauvegarde ne peut être prise ni restaurée tant qu&apos;il n&apos;est pas réparé.</translation>
    </message>
    <message>
        <source> A backup is running now.</source>
        <translation> Une sauvegarde est en cours.</translation>
    </message>
    <message>
        <source>No good backup in the repository</source>
        <translation>Aucune sauvegarde valide dans le dépôt</translation>
    </message>
    <message>
        <source>The cluster cannot be restored from %1.</source>
        <translation>Le cluster ne peut pas être restauré depuis %1.</translation>
    </message>
    <message>
        <source>Take a full backup: systemctl start pgpilot-backup-full.service on %1; if it fails, journalctl -u pgpilot-backup-full.service there says why.</source>
        <translation>Prendre une sauvegarde complète : systemctl start pgpilot-backup-full.service sur %1 ; si elle échoue, journalctl -u pgpilot-backup-full.service y en donne la raison.</translation>
    </message>
    <message>
        <source>The newest backup is %1 old (%2 %3)</source>
        <translation>La sauvegarde la plus récente remonte à %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The schedule allows %1: a restore needs more WAL, and fails if any is missing.</source>
        <translation>La planification autorise %1 : une restauration a besoin de plus de WAL, et échoue s&apos;il en manque.</translation>
    </message>
    <message>
        <source>Check the backup timers on %1 (systemctl list-timers &apos;pgpilot-backup-*&apos;) and journalctl -u pgpilot-backup-full.service; then take a backup.</source>
        <translation>Vérifier les timers de sauvegarde sur %1 (systemctl list-timers &apos;pgpilot-backup-*&apos;) et journalctl -u pgpilot-backup-full.service ; puis prendre une sauvegarde.</translation>
    </message>
    <message>
        <source>The newest backup %1 found errors</source>
        <translation>La sauvegarde la plus récente %1 a trouvé des erreurs</translation>
    </message>
    <message>
        <source>pgBackRest found errors while copying the files (page checksum errors): the data files of the node it copied may be damaged.</source>
        <translation>pgBackRest a trouvé des erreurs en copiant les fichiers (erreurs de somme de contrôle de page) : les fichiers de données du nœud copié sont peut-être endommagés.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s log on %1 (/var/log/pgbackrest/%2-backup.log) for the files named, check them on the node, then take a new full backup.</source>
        <translation>Lire le journal de la sauvegarde sur %1 (/var/log/pgbackrest/%2-backup.log) pour les fichiers nommés, les vérifier sur le nœud, puis prendre une nouvelle sauvegarde complète.</translation>
    </message>
    <message>
        <source>The last scheduled %1 backup failed (%2, exit status %3)</source>
        <translation>La dernière sauvegarde planifiée (%1) a échoué (%2, code de sortie %3)</translation>
    </message>
    <message>
        <source>The backups are older than the schedule says.</source>
        <translation>Les sauvegardes sont plus anciennes que ne le prévoit la planification.</translation>
    </message>
    <message>
        <source>journalctl -u pgpilot-backup-%1.service on %2 says why; the next run is on the timer.</source>
        <translation>journalctl -u pgpilot-backup-%1.service sur %2 en donne la raison ; la prochaine exécution viendra du timer.</translation>
    </message>
    <message>
        <source>No full backup is scheduled on %1</source>
        <translation>Aucune sauvegarde complète n&apos;est planifiée sur %1</translation>
    </message>
    <message>
        <source>pgpilot-backup-full.timer does not exist: no backup is taken unless someone starts one.</source>
        <translation>pgpilot-backup-full.timer n&apos;existe pas : aucune sauvegarde n&apos;est prise à moins que quelqu&apos;un n&apos;en lance une.</translation>
    </message>
    <message>
        <source>Apply phase 6 (it installs the backup timers).</source>
        <translation>Appliquer la phase 6 (elle installe les timers de sauvegarde).</translation>
    </message>
    <message>
        <source>The backup repository on %1 has %2 free (%3 %)</source>
        <translation>Le dépôt de sauvegarde sur %1 a %2 libres (%3 %)</translation>
    </message>
    <message>
        <source>When it is full, WAL archiving fails (pg_wal then grows on the primary) and backups fail.</source>
        <translation>Quand il est plein, l&apos;archivage des WAL échoue (pg_wal grossit alors sur le primaire) et les sauvegardes échouent.</translation>
    </message>
    <message>
        <source>Free space under %1&apos;s repository (fewer backups kept: the worksheet&apos;s retention, then pgbackrest expire) or grow its file system.</source>
        <translation>Libérer de la place dans le dépôt de %1 (garder moins de sauvegardes : la rétention de la fiche, puis pgbackrest expire) ou agrandir son système de fichiers.</translation>
    </message>
    <message>
        <source>the stanza &quot;%1&quot; is not a cluster name (lower-case letters, digits and &apos;-&apos;, at most 32)</source>
        <translation>la stanza « %1 » n&apos;est pas un nom de cluster (minuscules, chiffres et &apos;-&apos;, 32 au plus)</translation>
    </message>
    <message>
        <source>the repository path &quot;%1&quot; is not an absolute path of letters, digits and /._- (without . or .. parts)</source>
        <translation>le chemin du dépôt « %1 » n&apos;est pas un chemin absolu fait de lettres, chiffres et /._- (sans composant . ou ..)</translation>
    </message>
    <message>
        <source>the status script printed nothing</source>
        <translation>le script d&apos;état n&apos;a rien affiché</translation>
    </message>
    <message>
        <source>the status script&apos;s answer is not one JSON object (%1)</source>
        <translation>la réponse du script d&apos;état n&apos;est pas un objet JSON unique (%1)</translation>
    </message>
    <message>
        <source>the status script&apos;s answer has format %1, pgpilot reads format 1: run phase 6 again to install the script of this pgpilot</source>
        <translation>la réponse du script d&apos;état est au format %1, pgpilot lit le format 1 : relancer la phase 6 pour installer le script de ce pgpilot</translation>
    </message>
    <message>
        <source>the status script refused to run: %1</source>
        <translation>le script d&apos;état a refusé de s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>pgbackrest info does not list the stanza %1</source>
        <translation>pgbackrest info ne liste pas la stanza %1</translation>
    </message>
    <message>
        <source>the status script sent no pgbackrest info</source>
        <translation>le script d&apos;état n&apos;a pas transmis la sortie de pgbackrest info</translation>
    </message>
    <message>
        <source>the backup status could not be read</source>
        <translation>l&apos;état des sauvegardes n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>attendue maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed (%1 %2)</source>
        <translation>en échec (%1 %2)</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>unknown: the repository is not usable</source>
        <translation>inconnu : le dépôt est inutilisable</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>(%1 in the repository)</source>
        <translation>(%1 dans le dépôt)</translation>
    </message>
    <message>
        <source>with errors</source>
        <translation>avec erreurs</translation>
    </message>
    <message>
        <source>running: %1 of %2</source>
        <translation>en cours : %1 sur %2</translation>
    </message>
    <message>
        <source>archive_mode is off on %1</source>
        <translation>archive_mode est désactivé sur %1</translation>
    </message>
    <message>
        <source>nothing archived yet</source>
        <translation>rien d&apos;archivé pour l&apos;instant</translation>
    </message>
    <message>
        <source>last %1 at %2</source>
        <translation>dernier %1 le %2</translation>
    </message>
    <message>
        <source>(failing now)</source>
        <translation>(échoue en ce moment)</translation>
    </message>
    <message>
        <source>full %1</source>
        <translation>complète %1</translation>
    </message>
    <message>
        <source>diff %1</source>
        <translation>diff. %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3 %)</source>
        <translation>%1 libres sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>backup (%1): last %2</source>
        <translation>sauvegarde (%1) : dernière %2</translation>
    </message>
    <message>
        <source>archive %1, failures %2</source>
        <translation>archivage %1, échecs %2</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>prochaines exécutions : %1</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>dépôt %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu : %1</translation>
    </message>
    <message>
        <source>pgBackRest on %1 takes a %2 backup of cluster %3 into its repository: the primary makes a checkpoint at the start and the data files are read from a standby, so the primary carries little of the load. Older backups expire as the retention says (%4 full, %5 differential).
Clients: nothing is interrupted. Writes through %6 go on.</source>
        <translation>pgBackRest sur %1 prend une sauvegarde de type %2 du cluster %3 dans son dépôt : le primaire fait un point de contrôle au début et les fichiers de données sont lus depuis un secondaire, si bien que le primaire ne porte que peu de charge. Les sauvegardes plus anciennes expirent selon la rétention (%4 complètes, %5 différentielles).
Clients : rien n&apos;est interrompu. Les écritures via %6 continuent.</translation>
    </message>
    <message>
        <source>The primary of cluster %1 writes one marker row (table %2) and switches WAL so that it is archived; then %3 restores the newest backup and every archived segment into a scratch cluster (port %4, no network), starts it, looks for the marker, and removes it again. The cluster&apos;s nodes only write the marker.
Clients: nothing is interrupted. %3 needs room for a copy of the database.</source>
        <translation>Le primaire du cluster %1 écrit une ligne témoin (table %2) et force un changement de segment WAL pour qu&apos;elle soit archivée ; puis %3 restaure la sauvegarde la plus récente et chaque segment archivé dans un cluster temporaire (port %4, sans réseau), le démarre, cherche le témoin, puis le supprime. Les nœuds du cluster ne font qu&apos;écrire le témoin.
Clients : rien n&apos;est interrompu. %3 a besoin de place pour une copie de la base.</translation>
    </message>
    <message>
        <source>Cluster %1 has no backup repository (worksheet: archiving.mode pgbackrest and the backup section); run phase 6 once it has one.</source>
        <translation>Le cluster %1 n&apos;a pas de dépôt de sauvegarde (fiche : archiving.mode pgbackrest et la section backup) ; lancer la phase 6 une fois qu&apos;il en a un.</translation>
    </message>
    <message>
        <source>The backup type is full, diff or incr, not &quot;%1&quot;.</source>
        <translation>Le type de sauvegarde est full, diff ou incr, pas « %1 ».</translation>
    </message>
    <message>
        <source>Give the time to restore to with --target-time, e.g. 2026-12-05T10:15:00Z.</source>
        <translation>Indiquer l&apos;instant de restauration avec --target-time, p. ex. 2026-12-05T10:15:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its zone: write it as ISO 8601, e.g. 2026-12-05T10:15:00Z or 2026-12-05T11:15:00+01:00 (a time without a zone would be read in the repository host&apos;s zone).</source>
        <translation>« %1 » n&apos;est pas une heure avec son fuseau : l&apos;écrire en ISO 8601, p. ex. 2026-12-05T10:15:00Z ou 2026-12-05T11:15:00+01:00 (une heure sans fuseau serait lue dans le fuseau de l&apos;hôte du dépôt).</translation>
    </message>
    <message>
        <source>WARNING: cluster %1 goes back to %2 (UTC). Every transaction committed after that time is gone from the cluster (it stays in the repository&apos;s older timeline).
First %3 rehearses the restore in a scratch cluster and pgpilot stops here if the repository cannot reach that time. Then repmgrd, the health service and PostgreSQL stop on every node (writes through %4 stop), %5 is restored to that time and promoted, the other nodes are cloned from it afresh, repmgrd starts again, the VIP and port %6 are verified, and a full backup starts the new timeline in the repository.
Clients: no connections until the restored primary takes writes (the whole database is copied to each standby after that).</source>
        <translation>ATTENTION : le cluster %1 revient à %2 (UTC). Chaque transaction validée après cet instant disparaît du cluster (elle reste dans l&apos;ancienne timeline du dépôt).
D&apos;abord %3 répète la restauration dans un cluster temporaire, et pgpilot s&apos;arrête là si le dépôt ne peut pas atteindre cet instant. Puis repmgrd, le service de santé et PostgreSQL s&apos;arrêtent sur chaque nœud (les écritures via %4 s&apos;arrêtent), %5 est restauré à cet instant et promu, les autres nœuds sont clonés à nouveau depuis lui, repmgrd redémarre, la VIP et le port %6 sont vérifiés, et une sauvegarde complète ouvre la nouvelle timeline dans le dépôt.
Clients : aucune connexion tant que le primaire restauré n&apos;accepte pas d&apos;écritures (toute la base est ensuite copiée sur chaque secondaire).</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 et %n autre(s)</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>le primaire</translation>
    </message>
    <message>
        <source>WAL archive has a gap on %1: %n segment(s) missing from %2</source>
        <translation>L&apos;archive du WAL a une lacune sur %1 : %n segment(s) manquant(s) à partir de %2</translation>
    </message>
    <message>
        <source> (and %n more gap(s), %1 segments in all)</source>
        <translation> (et %n autre(s) lacune(s), %1 segments au total)</translation>
    </message>
    <message>
        <source>the backups kept</source>
        <translation>les sauvegardes conservées</translation>
    </message>
    <message>
        <source>Point-in-time recovery cannot cross it: a restore from %1 cannot replay past %2.</source>
        <translation>La restauration à un instant donné ne peut pas la franchir : une restauration depuis %1 ne peut pas rejouer au-delà de %2.</translation>
    </message>
    <message>
        <source>Point-in-time recovery cannot cross it: a restore from %1 stops at the end of %2%3; nothing written after that can be recovered until a new backup is taken.</source>
        <translation>La restauration à un instant donné ne peut pas la franchir : une restauration depuis %1 s&apos;arrête à la fin de %2%3 ; rien de ce qui a été écrit ensuite ne peut être récupéré tant qu&apos;une nouvelle sauvegarde n&apos;a pas été prise.</translation>
    </message>
    <message>
        <source> (archived %1 UTC)</source>
        <translation> (archivé le %1 UTC)</translation>
    </message>
    <message>
        <source>pgBackRest drops WAL when the primary&apos;s archive queue passes archive-push-queue-max (the repository was unreachable or too slow) so that pg_wal cannot fill the primary&apos;s disk: the cluster itself is safe.</source>
        <translation>pgBackRest abandonne du WAL quand la file d&apos;archivage du primaire dépasse archive-push-queue-max (le dépôt était injoignable ou trop lent), pour que pg_wal ne puisse pas remplir le disque du primaire : le cluster lui-même ne risque rien.</translation>
    </message>
    <message>
        <source>A backup is running now: it heals the gap when it ends.</source>
        <translation>Une sauvegarde est en cours : elle comble la lacune quand elle se termine.</translation>
    </message>
    <message>
        <source>Take a full backup now: %1 (or Cluster → Back up now, full); recovery works again from its end on. Then find why WAL was dropped: &quot;dropped WAL file&quot; in %2 on %3, whether %4 answers from the nodes, and archive-push-queue-max in /etc/pgbackrest/pgbackrest.conf on the nodes (the worksheet&apos;s backup.archiveQueueMax).</source>
        <translation>Prendre une sauvegarde complète maintenant : %1 (ou Cluster → Sauvegarder maintenant, full) ; la restauration fonctionne de nouveau à partir de sa fin. Puis chercher pourquoi du WAL a été abandonné : « dropped WAL file » dans %2 sur %3, si %4 répond depuis les nœuds, et archive-push-queue-max dans /etc/pgbackrest/pgbackrest.conf sur les nœuds (backup.archiveQueueMax de la fiche).</translation>
    </message>
    <message>
        <source> since %1 UTC</source>
        <translation> depuis le %1 UTC</translation>
    </message>
    <message>
        <source>WAL archived by %1 is not in the repository on %2: %3 is missing</source>
        <translation>Du WAL archivé par %1 n&apos;est pas dans le dépôt sur %2 : %3 manque</translation>
    </message>
    <message>
        <source>%n read(s) of the repository in a row%1 lacked WAL the primary had reported archived before they started (the newest there: %2). Either pgBackRest dropped it because the archive queue passed archive-push-queue-max, or archive_command reports success without storing it. Point-in-time recovery ends at %2.</source>
        <translation>Le dépôt, lu %n fois de suite%1, ne contenait pas du WAL que le primaire avait déclaré archivé avant ces lectures (le plus récent : %2). Soit pgBackRest l&apos;a abandonné parce que la file d&apos;archivage a dépassé archive-push-queue-max, soit archive_command signale un succès sans le stocker. La restauration à un instant donné s&apos;arrête à %2.</translation>
    </message>
    <message>
        <source>Look for &quot;dropped WAL file&quot; in %1 on %2 and check archive_command there (SHOW archive_command). When WAL was dropped, take a full backup now: %3.</source>
        <translation>Chercher « dropped WAL file » dans %1 sur %2 et y vérifier archive_command (SHOW archive_command). Si du WAL a été abandonné, prendre une sauvegarde complète maintenant : %3.</translation>
    </message>
    <message>
        <source>the status script on the repository host does not check the WAL archive (it is older than this pgpilot): apply phase 6 to install this one</source>
        <translation>le script d&apos;état sur l&apos;hôte du dépôt ne vérifie pas l&apos;archive du WAL (il est plus ancien que ce pgpilot) : appliquer la phase 6 pour installer celui-ci</translation>
    </message>
    <message>
        <source>the status script did not check the WAL archive</source>
        <translation>le script d&apos;état n&apos;a pas vérifié l&apos;archive du WAL</translation>
    </message>
    <message>
        <source>WAL archive %1</source>
        <translation>Archive du WAL %1</translation>
    </message>
    <message>
        <source>off on %1</source>
        <translation>désactivé sur %1</translation>
    </message>
    <message>
        <source>failing: nothing archived yet</source>
        <translation>en échec : rien d&apos;archivé encore</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>failing: nothing archived for %1</source>
        <translation>en échec : rien d&apos;archivé depuis %1</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>lagging: last WAL %1 ago</source>
        <translation>en retard : dernier WAL il y a %1</translation>
    </message>
    <message>
        <source>last WAL %1 ago</source>
        <translation>dernier WAL il y a %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>not checked: the status script counts in segments of %1, %2&apos;s are %3</source>
        <translation>non vérifié : le script d&apos;état compte en segments de %1, ceux de %2 font %3</translation>
    </message>
    <message>
        <source>Automatic failover paused past its window: since %1 by %2, the window ended %3 ago</source>
        <translation>Failover automatique suspendu au-delà de sa fenêtre : depuis %1 par %2, la fenêtre s&apos;est terminée il y a %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Reason given: %1. </source>
        <translation>Raison donnée : %1. </translation>
    </message>
    <message>
        <source>repmgrd promotes no standby while it is paused: if the primary fails now, nothing accepts writes until someone acts.</source>
        <translation>repmgrd ne promeut aucun secondaire tant qu&apos;il est suspendu : si le primaire tombe maintenant, rien n&apos;accepte les écritures jusqu&apos;à ce que quelqu&apos;un intervienne.</translation>
    </message>
    <message>
        <source>If the maintenance is over, resume it: pgpilot unpause with the cluster file (or Cluster → Resume automatic failover). If it goes on, pause again with a longer window (pgpilot pause --window).</source>
        <translation>Si la maintenance est terminée, le reprendre : pgpilot unpause avec le fichier de cluster (ou Cluster → Reprendre le failover automatique). Si elle continue, suspendre de nouveau avec une fenêtre plus longue (pgpilot pause --window).</translation>
    </message>
    <message>
        <source>Automatic failover is paused on %1 but not on %2</source>
        <translation>Le failover automatique est suspendu sur %1 mais pas sur %2</translation>
    </message>
    <message>
        <source>The nodes would not act together on a failure: an unpaused standby may promote itself while the paused ones neither promote nor follow it, or nobody acts.</source>
        <translation>Les nœuds n&apos;agiraient pas ensemble lors d&apos;une panne : un secondaire non suspendu peut se promouvoir lui-même tandis que les suspendus ni ne se promeuvent ni ne le suivent, ou personne n&apos;agit.</translation>
    </message>
    <message>
        <source>Pause or resume every node together: pgpilot pause or pgpilot unpause with the cluster file. A node whose PostgreSQL restarted takes its pause flag back from its state file a few seconds later, once its repmgrd reconnects.</source>
        <translation>Suspendre ou reprendre tous les nœuds ensemble : pgpilot pause ou pgpilot unpause avec le fichier de cluster. Un nœud dont PostgreSQL a redémarré reprend son indicateur de pause depuis son fichier d&apos;état quelques secondes plus tard, dès que son repmgrd se reconnecte.</translation>
    </message>
    <message>
        <source>no window recorded (paused by hand, or by a switchover that runs now)</source>
        <translation>aucune fenêtre enregistrée (suspendu à la main, ou par une bascule en cours)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>the window ended %1 ago (at %2)</source>
        <translation>la fenêtre s&apos;est terminée il y a %1 (à %2)</translation>
    </message>
    <message>
        <source>%1 left (until %2)</source>
        <translation>encore %1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>on %1 only (not on %2)</source>
        <translation>sur %1 seulement (pas sur %2)</translation>
    </message>
    <message>
        <source>on every node that answers (%1)</source>
        <translation>sur chaque nœud qui répond (%1)</translation>
    </message>
    <message>
        <source>Automatic failover PAUSED %1</source>
        <translation>Failover automatique SUSPENDU %1</translation>
    </message>
    <message>
        <source> since %1 by %2</source>
        <translation> depuis %1 par %2</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is in seconds: give it in minutes or hours, e.g. 30m or 2h.</source>
        <translation>La fenêtre « %1 » est en secondes : l&apos;indiquer en minutes ou en heures, p. ex. 30m ou 2h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window pgpilot understands: give minutes or hours, e.g. 30m, 2h or 1h30m (at most 24h).</source>
        <translation>« %1 » n&apos;est pas une fenêtre que pgpilot comprend : indiquer des minutes ou des heures, p. ex. 30m, 2h ou 1h30m (24h au plus).</translation>
    </message>
    <message>
        <source>A window of &quot;%1&quot; is no window: give at least 1 minute (e.g. 30m).</source>
        <translation>Une fenêtre de « %1 » n&apos;en est pas une : indiquer au moins 1 minute (p. ex. 30m).</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is longer than 24 hours: give at most 24h, and pause again before it ends if the maintenance goes on.</source>
        <translation>La fenêtre « %1 » dépasse 24 heures : indiquer 24h au plus, et suspendre de nouveau avant sa fin si la maintenance continue.</translation>
    </message>
    <message>
        <source>The reason must be one line of printable characters (it is shown on every dashboard).</source>
        <translation>La raison doit tenir sur une ligne de caractères imprimables (elle est affichée sur chaque tableau de bord).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long: keep it to %2 (it is shown on every dashboard).</source>
        <translation>La raison fait %1 caractères : s&apos;en tenir à %2 (elle est affichée sur chaque tableau de bord).</translation>
    </message>
    <message>
        <source>unpause takes no window and no reason: it resumes automatic failover now.</source>
        <translation>unpause ne prend ni fenêtre ni raison : il reprend le failover automatique tout de suite.</translation>
    </message>
    <message>
        <source>Who asked (&quot;%1&quot;) cannot be recorded: %2</source>
        <translation>Le demandeur (« %1 ») ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <source>repmgrd on every node of cluster %1 acts on failures again: if the primary is down right now, a standby is promoted within seconds. The recorded window is closed (by %2).
Clients: nothing changes while the primary runs.</source>
        <translation>repmgrd sur chaque nœud du cluster %1 réagit de nouveau aux pannes : si le primaire est en panne en ce moment, un secondaire est promu en quelques secondes. La fenêtre enregistrée est fermée (par %2).
Clients : rien ne change tant que le primaire tourne.</translation>
    </message>
    <message>
        <source>repmgrd on every node of cluster %1 stops acting on failures: while it is paused no standby is promoted, so if the primary fails, writes through %2 stop until someone acts. pgpilot records the pause in the cluster: a window of %3 from now, paused by %4%5. Every dashboard, the wall and pgpilot watch show it, and raise a critical alarm once the window has passed. Resume with pgpilot unpause (or Cluster → Resume automatic failover).
Clients: nothing changes while the primary runs.</source>
        <translation>repmgrd sur chaque nœud du cluster %1 cesse de réagir aux pannes : tant qu&apos;il est suspendu, aucun secondaire n&apos;est promu, donc si le primaire tombe, les écritures via %2 s&apos;arrêtent jusqu&apos;à ce que quelqu&apos;un intervienne. pgpilot enregistre la pause dans le cluster : une fenêtre de %3 à partir de maintenant, suspendu par %4%5. Chaque tableau de bord, le mur et pgpilot watch l&apos;affichent, et lèvent une alarme critique une fois la fenêtre dépassée. Reprendre avec pgpilot unpause (ou Cluster → Reprendre le failover automatique).
Clients : rien ne change tant que le primaire tourne.</translation>
    </message>
    <message>
        <source>, reason &quot;%1&quot;</source>
        <translation>, raison « %1 »</translation>
    </message>
    <message>
        <source>Resuming automatic failover</source>
        <translation>Reprise du failover automatique</translation>
    </message>
    <message>
        <source>Pausing automatic failover for %1</source>
        <translation>Suspension du failover automatique pour %1</translation>
    </message>
    <message>
        <source>Pausing automatic failover</source>
        <translation>Suspension du failover automatique</translation>
    </message>
    <message>
        <source>repmgrd on %1 is paused</source>
        <translation>repmgrd sur %1 est suspendu</translation>
    </message>
    <message>
        <source>repmgrd on %1 acts on failures again</source>
        <translation>repmgrd sur %1 réagit de nouveau aux pannes</translation>
    </message>
    <message>
        <source>repmgr could not pause %1</source>
        <translation>repmgr n&apos;a pas pu suspendre %1</translation>
    </message>
    <message>
        <source>repmgr could not resume %1</source>
        <translation>repmgr n&apos;a pas pu reprendre %1</translation>
    </message>
    <message>
        <source>repmgr on %1 cannot reach node %2</source>
        <translation>repmgr sur %1 n&apos;atteint pas le nœud %2</translation>
    </message>
    <message>
        <source>repmgrd was already paused on every node (%1): nothing to change</source>
        <translation>repmgrd était déjà suspendu sur chaque nœud (%1) : rien à changer</translation>
    </message>
    <message>
        <source>repmgrd already acts on failures on every node (%1): nothing to change</source>
        <translation>repmgrd réagit déjà aux pannes sur chaque nœud (%1) : rien à changer</translation>
    </message>
    <message>
        <source>Window recorded on %1: failover paused since %2, until %3</source>
        <translation>Fenêtre enregistrée sur %1 : failover suspendu depuis %2, jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>The recorded window is closed on %1</source>
        <translation>La fenêtre enregistrée est fermée sur %1</translation>
    </message>
    <message>
        <source>No window was open on %1</source>
        <translation>Aucune fenêtre n&apos;était ouverte sur %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package pgpilot upgrades: give some of %2.</source>
        <translation>« %1 » n&apos;est pas un paquet que pgpilot met à niveau : en indiquer parmi %2.</translation>
    </message>
    <message>
        <source>Give the packages to upgrade with --packages, e.g. --packages postgresql,repmgr (any of %1).</source>
        <translation>Indiquer les paquets à mettre à niveau avec --packages, p. ex. --packages postgresql,repmgr (parmi %1).</translation>
    </message>
    <message>
        <source>Rolling upgrade of %1</source>
        <translation>Mise à niveau progressive de %1</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Redémarrage progressif</translation>
    </message>
    <message>
        <source> Then a second switchover makes %1 the primary again (writes pause a second time).</source>
        <translation> Puis une seconde bascule refait de %1 le primaire (les écritures s&apos;interrompent une seconde fois).</translation>
    </message>
    <message>
        <source>Clients: writes through %1 pause once for a few seconds, during the switchover (open connections to %2 are cut and must reconnect); reads through %3 go on, though each node drops its sessions when it restarts. No acknowledged write is lost.</source>
        <translation>Clients : les écritures via %1 s&apos;interrompent une fois quelques secondes, pendant la bascule (les connexions ouvertes vers %2 sont coupées et doivent se reconnecter) ; les lectures via %3 continuent, même si chaque nœud coupe ses sessions quand il redémarre. Aucune écriture acquittée n&apos;est perdue.</translation>
    </message>
    <message>
        <source>PostgreSQL restarts on every node of cluster %1, one node at a time: the standbys %2 (each streaming and caught up again before the next), then a switchover makes %3 the primary and repmgr restarts %4 as its standby.%5 Settings waiting for a restart take effect everywhere.
%6</source>
        <translation>PostgreSQL redémarre sur chaque nœud du cluster %1, un nœud à la fois : les secondaires %2 (chacun diffuse de nouveau et a rattrapé son retard avant le suivant), puis une bascule fait de %3 le primaire et repmgr redémarre %4 comme son secondaire.%5 Les paramètres en attente de redémarrage prennent effet partout.
%6</translation>
    </message>
    <message>
        <source>The new versions of %1 (see the table) are installed on every node of cluster %2, one node at a time. Nothing restarts and there is no switchover.
Clients: nothing is interrupted.</source>
        <translation>Les nouvelles versions de %1 (voir le tableau) sont installées sur chaque nœud du cluster %2, un nœud à la fois. Rien ne redémarre et il n&apos;y a pas de bascule.
Clients : rien n&apos;est interrompu.</translation>
    </message>
    <message>
        <source>The new versions of %1 (see the table) are installed on every node of cluster %2, one node at a time: the standbys %3 first (apt-get, then whatever still runs an old binary restarts, then the node must stream and catch up before the next), then a switchover makes %4 the primary and %5 is upgraded as its standby.%6 If a node&apos;s upgrade fails, pgpilot stops there: the nodes after it keep their version and the primary keeps serving.
%7</source>
        <translation>Les nouvelles versions de %1 (voir le tableau) sont installées sur chaque nœud du cluster %2, un nœud à la fois : d&apos;abord les secondaires %3 (apt-get, puis redémarrage de ce qui exécute encore un ancien binaire, puis le nœud doit diffuser et rattraper son retard avant le suivant), puis une bascule fait de %4 le primaire et %5 est mis à niveau comme son secondaire.%6 Si la mise à niveau d&apos;un nœud échoue, pgpilot s&apos;arrête là : les nœuds suivants gardent leur version et le primaire continue de servir.
%7</translation>
    </message>
    <message>
        <source>Cluster %1 has no standby: a rolling operation needs one to switch over to.</source>
        <translation>Le cluster %1 n&apos;a pas de secondaire : une opération progressive en exige un vers lequel basculer.</translation>
    </message>
    <message>
        <source>--packages is for upgrade only.</source>
        <translation>--packages ne vaut que pour upgrade.</translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2.</source>
        <translation>%1 n&apos;est pas un nœud du cluster %2.</translation>
    </message>
    <message>
        <source>%1 is the primary now: give another node to switch over to (--to), or none.</source>
        <translation>%1 est maintenant le primaire : indiquer un autre nœud vers lequel basculer (--to), ou aucun.</translation>
    </message>
    <message>
        <source>The rolling operation cannot be planned for primary %1 and target %2.</source>
        <translation>L&apos;opération progressive ne peut pas être planifiée pour le primaire %1 et la cible %2.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installée</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>(up to date)</source>
        <translation>(à jour)</translation>
    </message>
    <message>
        <source>Noting the start on %1</source>
        <translation>Enregistrement du début sur %1</translation>
    </message>
    <message>
        <source>Upgrading %1: apt-get, then what runs an old binary restarts</source>
        <translation>Mise à niveau de %1 : apt-get, puis redémarrage de ce qui exécute un ancien binaire</translation>
    </message>
    <message>
        <source>Restarting %1 (a standby)</source>
        <translation>Redémarrage de %1 (un secondaire)</translation>
    </message>
    <message>
        <source>Upgrading %1, the old primary, as a standby</source>
        <translation>Mise à niveau de %1, l&apos;ancien primaire, comme secondaire</translation>
    </message>
    <message>
        <source>Waiting until %1, the old primary, streams and catches up</source>
        <translation>Attente que %1, l&apos;ancien primaire, diffuse et rattrape son retard</translation>
    </message>
    <message>
        <source>Waiting until %1 has caught up, then repmgr&apos;s dry run</source>
        <translation>Attente que %1 ait rattrapé son retard, puis simulation de repmgr</translation>
    </message>
    <message>
        <source>Switching over to %1</source>
        <translation>Bascule vers %1</translation>
    </message>
    <message>
        <source>Switching back to %1</source>
        <translation>Bascule de retour vers %1</translation>
    </message>
    <message>
        <source>Waiting for HAProxy and the VIP to send writes to %1</source>
        <translation>Attente que HAProxy et la VIP envoient les écritures à %1</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE where the primary is (%1 checks)</source>
        <translation>ALTER EXTENSION repmgr UPDATE là où est le primaire (%1 vérifie)</translation>
    </message>
    <message>
        <source>With %1 nodes every standby is needed for writes: they also stop while each standby restarts (a few seconds each).</source>
        <translation>Avec %1 nœuds, chaque secondaire est nécessaire aux écritures : elles s&apos;arrêtent aussi pendant le redémarrage de chaque secondaire (quelques secondes chacun).</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (et %1 de plus)</translation>
    </message>
    <message>
        <source>Scheduled operation not started: %1 was due at %2, requested by %3%4</source>
        <translation>Opération planifiée non démarrée : %1, prévue à %2, à la demande de %3%4</translation>
    </message>
    <message>
        <source>Nothing ran it: no pgpilot watch with this cluster&apos;s secrets is running, or it could not claim it. The maintenance the admin planned has not happened.</source>
        <translation>Rien ne l&apos;a exécutée : aucun pgpilot watch disposant des secrets de ce cluster ne tourne, ou il n&apos;a pas pu se l&apos;attribuer. La maintenance prévue par l&apos;administrateur n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Start pgpilot watch for this cluster (it runs due operations), or run the operation by hand and cancel the schedule: pgpilot schedule cluster.json --cancel %1 --yes.</source>
        <translation>Démarrer pgpilot watch pour ce cluster (il exécute les opérations arrivées à échéance), ou exécuter l&apos;opération à la main et annuler la planification : pgpilot schedule cluster.json --cancel %1 --yes.</translation>
    </message>
    <message>
        <source>%1 at %2, requested by %3%4</source>
        <translation>%1 à %2, à la demande de %3%4</translation>
    </message>
    <message>
        <source>Writes through the VIP pause for a few seconds while the primary changes.</source>
        <translation>Les écritures via la VIP s&apos;interrompent quelques secondes pendant que le primaire change.</translation>
    </message>
    <message>
        <source>Each node restarts in turn; writes through the VIP pause for a few seconds at each switchover.</source>
        <translation>Chaque nœud redémarre à tour de rôle ; les écritures via la VIP s&apos;interrompent quelques secondes à chaque bascule.</translation>
    </message>
    <message>
        <source>Nothing to do if it is expected; to call it off: pgpilot schedule cluster.json --cancel %1 --yes.</source>
        <translation>Rien à faire si elle est attendue ; pour l&apos;annuler : pgpilot schedule cluster.json --cancel %1 --yes.</translation>
    </message>
    <message>
        <source>Switchover to %1</source>
        <translation>Bascule vers %1</translation>
    </message>
    <message>
        <source> (switching over to %1, then back)</source>
        <translation> (bascule vers %1, puis retour)</translation>
    </message>
    <message>
        <source> (switching over to %1)</source>
        <translation> (bascule vers %1)</translation>
    </message>
    <message>
        <source> (switching back at the end)</source>
        <translation> (bascule de retour à la fin)</translation>
    </message>
    <message>
        <source>Minor upgrade of %1</source>
        <translation>Mise à niveau mineure de %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1, il y a %2</translation>
    </message>
    <message>
        <source>#%1 %2 at %3, requested by %4</source>
        <translation>#%1 %2 à %3, à la demande de %4</translation>
    </message>
    <message>
        <source>: scheduled</source>
        <translation> : planifiée</translation>
    </message>
    <message>
        <source>: RUNNING since %1 (%2)</source>
        <translation> : EN COURS depuis %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Planifiée : %1</translation>
    </message>
    <message>
        <source>Scheduled #%1: %2</source>
        <translation>Opération planifiée #%1 : %2</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at : %1</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a valid time.</source>
        <translation>--at : « %1 » n&apos;est pas un moment valide.</translation>
    </message>
    <message>
        <source>--at: %1 is in the past (it is %2 now): give a time ahead, with its zone.</source>
        <translation>--at : %1 est dans le passé (il est %2) : indiquer un moment à venir, avec son fuseau horaire.</translation>
    </message>
    <message>
        <source>--at: %1 is more than %2 days ahead: schedule it closer to the time (a cluster changes in a month, and so do the people who would expect it).</source>
        <translation>--at : %1 est à plus de %2 jours : planifier plus près de l&apos;échéance (un cluster change en un mois, et les personnes qui s&apos;y attendraient aussi).</translation>
    </message>
    <message>
        <source>--remind: &quot;%1&quot; is not a time pgpilot understands: give minutes or hours, e.g. 15m, 1h or 0 (no reminder), at most 24h.</source>
        <translation>--remind : « %1 » n&apos;est pas une durée que pgpilot comprend : indiquer des minutes ou des heures, p. ex. 15m, 1h ou 0 (pas de rappel), 24h au plus.</translation>
    </message>
    <message>
        <source>--remind: &quot;%1&quot; is more than 24 hours: give at most 24h.</source>
        <translation>--remind : « %1 » dépasse 24 heures : indiquer 24h au plus.</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulée par %1</translation>
    </message>
    <message>
        <source>No result recorded within %1 h of its start: the watcher that ran it stopped (%2 marked it failed). It is not run again: check the cluster (pgpilot status) and schedule it anew if it is still needed.</source>
        <translation>Aucun résultat enregistré dans les %1 h suivant son démarrage : le pgpilot watch qui l&apos;exécutait s&apos;est arrêté (%2 l&apos;a marquée en échec). Elle n&apos;est pas relancée : vérifier le cluster (pgpilot status) et la planifier de nouveau si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>psql on %1 (the primary) failed with exit status %2: %3</source>
        <translation>psql sur %1 (le primaire) a échoué avec le code de sortie %2 : %3</translation>
    </message>
    <message>
        <source>No node answered as the primary: the schedule is kept on the primary. Check the cluster with pgpilot status.</source>
        <translation>Aucun nœud n&apos;a répondu comme primaire : la planification est conservée sur le primaire. Vérifier le cluster avec pgpilot status.</translation>
    </message>
    <message>
        <source>No node answered as the primary (not reached: %1): the schedule is kept on the primary. Check the cluster with pgpilot status.</source>
        <translation>Aucun nœud n&apos;a répondu comme primaire (non joints : %1) : la planification est conservée sur le primaire. Vérifier le cluster avec pgpilot status.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be scheduled (switchover, rolling-restart and upgrade can).</source>
        <translation>« %1 » ne peut pas être planifié (switchover, rolling-restart et upgrade le peuvent).</translation>
    </message>
    <message>
        <source>Give a value (remove the row to go back to the server&apos;s default).</source>
        <translation>Indiquer une valeur (retirer la ligne pour revenir à la valeur par défaut du serveur).</translation>
    </message>
    <message>
        <source>The value is %1 characters long; at most %2 fit.</source>
        <translation>La valeur fait %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The value contains a line break: it must be one line.</source>
        <translation>La valeur contient un saut de ligne : elle doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The value contains a quote (%1): pgpilot quotes the value itself, leave quotes out.</source>
        <translation>La valeur contient un guillemet (%1) : pgpilot met lui-même la valeur entre guillemets, les omettre.</translation>
    </message>
    <message>
        <source>The value contains a backslash, which a configuration file would read as an escape.</source>
        <translation>La valeur contient une barre oblique inverse, qu&apos;un fichier de configuration lirait comme un échappement.</translation>
    </message>
    <message>
        <source>The value contains the character U+%1 at position %2: only printable ASCII characters (letters, digits, spaces and signs) are taken.</source>
        <translation>La valeur contient le caractère U+%1 à la position %2 : seuls les caractères ASCII imprimables (lettres, chiffres, espaces et signes) sont acceptés.</translation>
    </message>
    <message>
        <source>The value contains &apos;{{&apos; or &apos;}}&apos;, which pgpilot&apos;s files reserve for their placeholders.</source>
        <translation>La valeur contient &apos;{{&apos; ou &apos;}}&apos;, que les fichiers de pgpilot réservent à leurs marqueurs de substitution.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>without a unit</source>
        <translation>sans unité</translation>
    </message>
    <message>
        <source>with a unit among %1 (its own is %2)</source>
        <translation>avec une unité parmi %1 (la sienne est %2)</translation>
    </message>
    <message>
        <source>%1 takes a whole number %2; %3 is not one.</source>
        <translation>%1 prend un nombre entier %2 ; %3 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 takes a number %2; %3 is not one.</source>
        <translation>%1 prend un nombre %2 ; %3 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 takes a number without a unit; %2 has one.</source>
        <translation>%1 prend un nombre sans unité ; %2 en a une.</translation>
    </message>
    <message>
        <source>%1: %2 has a unit this parameter does not take: valid units are %3.</source>
        <translation>%1 : %2 a une unité que ce paramètre n&apos;accepte pas : les unités valides sont %3.</translation>
    </message>
    <message>
        <source>%1: %2 is too large a number for this parameter (%3).</source>
        <translation>%1 : %2 est un nombre trop grand pour ce paramètre (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range this server takes (%3).</source>
        <translation>%1 : %2 est hors de la plage acceptée par ce serveur (%3).</translation>
    </message>
    <message>
        <source>%1 is not a parameter of this server: a typo, or a module&apos;s parameter whose module is not loaded.</source>
        <translation>%1 n&apos;est pas un paramètre de ce serveur : une faute de frappe, ou le paramètre d&apos;un module qui n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it was fixed when PostgreSQL was built or the cluster was created.</source>
        <translation>%1 ne peut pas être modifié : il a été fixé à la compilation de PostgreSQL ou à la création du cluster.</translation>
    </message>
    <message>
        <source>%1 takes on or off (true/false, yes/no, 1/0); %2 is none of them.</source>
        <translation>%1 prend on ou off (true/false, yes/no, 1/0) ; %2 n&apos;est aucun d&apos;eux.</translation>
    </message>
    <message>
        <source>%1 takes one of %2; %3 is none of them (this server offers no other).</source>
        <translation>%1 prend l&apos;une des valeurs %2 ; %3 n&apos;en fait pas partie (ce serveur n&apos;en propose pas d&apos;autre).</translation>
    </message>
    <message>
        <source>The node&apos;s answer is not the list of settings pgpilot asked for: %1</source>
        <translation>La réponse du nœud n&apos;est pas la liste de paramètres demandée par pgpilot : %1</translation>
    </message>
    <message>
        <source>%1 sets it to %2 and wins over pgpilot&apos;s file: %3</source>
        <translation>%1 le règle à %2 et l&apos;emporte sur le fichier de pgpilot : %3</translation>
    </message>
    <message>
        <source>ALTER SYSTEM RESET %1 (then pgpilot settings again).</source>
        <translation>ALTER SYSTEM RESET %1 (puis relancer pgpilot settings).</translation>
    </message>
    <message>
        <source>remove it from %1.</source>
        <translation>le retirer de %1.</translation>
    </message>
    <message>
        <source>The server refused %1 = &apos;%2&apos; in pgpilot&apos;s file (%3): see its log.</source>
        <translation>Le serveur a refusé %1 = &apos;%2&apos; dans le fichier de pgpilot (%3) : voir son journal.</translation>
    </message>
    <message>
        <source>restart (primary first)</source>
        <translation>redémarrer (primaire d&apos;abord)</translation>
    </message>
    <message>
        <source>restart (pending)</source>
        <translation>redémarrer (en attente)</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>ÉCRASÉ</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <source>its settings were not read</source>
        <translation>ses paramètres n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>%1 (every node): %2</source>
        <translation>%1 (chaque nœud) : %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The worksheet sets no PostgreSQL parameter and pgpilot&apos;s settings file holds none.
</source>
        <translation>La fiche ne fixe aucun paramètre PostgreSQL et le fichier de paramètres de pgpilot n&apos;en contient aucun.
</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>requiert</translation>
    </message>
    <message>
        <source>  ! %1: %2
</source>
        <translation>  ! %1 : %2
</translation>
    </message>
    <message>
        <source>Waiting for a restart of PostgreSQL: %1 (on %2). Apply it one node at a time, the primary by a switchover:
  pgpilot rolling-restart %3 --yes
</source>
        <translation>En attente d&apos;un redémarrage de PostgreSQL : %1 (sur %2). L&apos;appliquer un nœud à la fois, le primaire par une bascule :
  pgpilot rolling-restart %3 --yes
</translation>
    </message>
    <message>
        <source>%1 goes down: a standby must keep it at least at the primary&apos;s value, so the primary must run with the lower value before the standbys restart.
</source>
        <translation>%1 diminue : un secondaire doit le garder au moins à la valeur du primaire, donc le primaire doit tourner avec la valeur la plus basse avant que les secondaires redémarrent.
</translation>
    </message>
    <message>
        <source>Writes the worksheet&apos;s PostgreSQL parameters to conf.d/pgpilot-settings.conf on every node of %1 and reloads PostgreSQL there (a value a node refuses puts its previous file back); rewrites haproxy.cfg and keepalived.conf where their timings changed and reloads them, Keepalived one node at a time.
Clients: nothing restarts, sessions and writes go on. A value that needs a restart of PostgreSQL waits for a rolling restart.</source>
        <translation>Écrit les paramètres PostgreSQL de la fiche dans conf.d/pgpilot-settings.conf sur chaque nœud de %1 et y recharge PostgreSQL (une valeur qu&apos;un nœud refuse y remet en place le fichier précédent) ; réécrit haproxy.cfg et keepalived.conf là où leurs délais ont changé et les recharge, Keepalived un nœud à la fois.
Clients : rien ne redémarre, les sessions et les écritures continuent. Une valeur qui requiert un redémarrage de PostgreSQL attend un redémarrage progressif.</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Application des réglages</translation>
    </message>
    <message>
        <source>Every value is in effect on every node and HAProxy&apos;s and Keepalived&apos;s files are as the worksheet says: nothing to apply.</source>
        <translation>Chaque valeur est en vigueur sur chaque nœud et les fichiers de HAProxy et de Keepalived sont conformes à la fiche : rien à appliquer.</translation>
    </message>
    <message>
        <source>Nothing can be applied: correct on the worksheet what the nodes refuse (or reach the nodes that were not read), then read again.</source>
        <translation>Rien ne peut être appliqué : corriger dans la fiche ce que les nœuds refusent (ou joindre les nœuds qui n&apos;ont pas été lus), puis relire.</translation>
    </message>
    <message>
        <source>a reload of PostgreSQL on every node puts %1 into effect</source>
        <translation>un rechargement de PostgreSQL sur chaque nœud met %1 en vigueur</translation>
    </message>
    <message>
        <source>%1 reloaded with the new timings (no restart)</source>
        <translation>rechargement de %1 avec les nouveaux délais (sans redémarrage)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Applying writes the settings file on every node.</source>
        <translation>L&apos;application écrit le fichier de paramètres sur chaque nœud.</translation>
    </message>
    <message>
        <source>Applying: %1.</source>
        <translation>Application : %1.</translation>
    </message>
    <message>
        <source>After that, a restart of PostgreSQL is still needed for %1: a rolling restart (the standbys one at a time, then a switchover) does it.</source>
        <translation>Ensuite, un redémarrage de PostgreSQL reste nécessaire pour %1 : un redémarrage progressif (les secondaires un par un, puis une bascule) s&apos;en charge.</translation>
    </message>
    <message>
        <source>After that, a restart is still needed for %1, and %2 goes down: the primary must run with the lower value before the standbys restart.</source>
        <translation>Ensuite, un redémarrage reste nécessaire pour %1, et %2 diminue : le primaire doit tourner avec la valeur la plus basse avant que les secondaires redémarrent.</translation>
    </message>
    <message>
        <source>Written and reloaded; a restart of PostgreSQL on %2 is still needed for %1. A rolling restart does it: the standbys one at a time, each caught up before the next, then a switchover, then the old primary.</source>
        <translation>Écrit et rechargé ; un redémarrage de PostgreSQL sur %2 reste nécessaire pour %1. Un redémarrage progressif s&apos;en charge : les secondaires un par un, chacun ayant rattrapé son retard avant le suivant, puis une bascule, puis l&apos;ancien primaire.</translation>
    </message>
    <message>
        <source>Written and reloaded; a restart is still needed for %1, and %2 goes down: a standby must keep it at least at the primary&apos;s value, so the primary must restart with the lower value before the standbys. A rolling restart (standbys first) would stop their replay.</source>
        <translation>Écrit et rechargé ; un redémarrage reste nécessaire pour %1, et %2 diminue : un secondaire doit le garder au moins à la valeur du primaire, donc le primaire doit redémarrer avec la valeur la plus basse avant les secondaires. Un redémarrage progressif (secondaires d&apos;abord) arrêterait leur rejeu.</translation>
    </message>
    <message>
        <source>differs on %1: applying rewrites it and reloads %2 (no restart)</source>
        <translation>diffère sur %1 : l&apos;application le réécrit et recharge %2 (sans redémarrage)</translation>
    </message>
    <message>
        <source>as the worksheet says on every node</source>
        <translation>conforme à la fiche sur chaque nœud</translation>
    </message>
    <message>
        <source>not read on %1</source>
        <translation>non lu sur %1</translation>
    </message>
    <message>
        <source>(not on the worksheet)</source>
        <translation>(absent de la fiche)</translation>
    </message>
</context>
<context>
    <name>pgpilot::AdoptDialog</name>
    <message>
        <source>Adopt an existing cluster</source>
        <translation>Adopter un cluster existant</translation>
    </message>
    <message>
        <source>A repmgr cluster built by hand (for example by the guide): pgpilot reads it from one node over SSH, finds the others, and writes a worksheet for the dashboard. Nothing on the nodes is changed.</source>
        <translation>Un cluster repmgr construit à la main (par exemple en suivant le guide) : pgpilot le lit depuis un nœud via SSH, trouve les autres et écrit une fiche pour le tableau de bord. Rien n&apos;est modifié sur les nœuds.</translation>
    </message>
    <message>
        <source>A node&apos;s &amp;address:</source>
        <translation>&amp;Adresse d&apos;un nœud :</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH &amp;key (empty: the agent):</source>
        <translation>&amp;Clé SSH (vide : l&apos;agent) :</translation>
    </message>
    <message>
        <source>none (the user is root)</source>
        <translation>aucun (l&apos;utilisateur est root)</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo sans mot de passe</translation>
    </message>
    <message>
        <source>&amp;Root through:</source>
        <translation>&amp;Root via :</translation>
    </message>
    <message>
        <source>Cluster &amp;name in pgpilot:</source>
        <translation>&amp;Nom du cluster dans pgpilot :</translation>
    </message>
    <message>
        <source>&amp;Save the worksheet as:</source>
        <translation>&amp;Enregistrer la fiche sous :</translation>
    </message>
    <message>
        <source>What pgpilot read</source>
        <translation>Ce que pgpilot a lu</translation>
    </message>
    <message>
        <source>I checked them: &amp;trust these keys</source>
        <translation>Je les ai vérifiées : faire &amp;confiance à ces clés</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>&amp;Open the worksheet</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <source>Save the worksheet as</source>
        <translation>Enregistrer la fiche sous</translation>
    </message>
    <message>
        <source>Worksheets (*.json)</source>
        <translation>Feuilles de travail (*.json)</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>Give a node&apos;s address and where to save the worksheet.</source>
        <translation>Indiquez l&apos;adresse d&apos;un nœud et où enregistrer la fiche.</translation>
    </message>
    <message>
        <source>%1 exists: adopting writes a new worksheet and never replaces one.</source>
        <translation>%1 existe : l&apos;adoption écrit une nouvelle fiche et n&apos;en remplace jamais une.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>pgpilot does not know these host keys yet. Compare each with the node&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on it) before you trust it:
%1</source>
        <translation>pgpilot ne connaît pas encore ces clés d&apos;hôte. Comparez chacune avec celle du nœud lui-même (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur celui-ci) avant de lui faire confiance :
%1</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Non adopté : %1</translation>
    </message>
    <message>
        <source>Adopted %1: %2; VIP %3. Worksheet written to %4.</source>
        <translation>%1 adopté : %2 ; VIP %3. Fiche écrite dans %4.</translation>
    </message>
    <message>
        <source>sudo with the login&apos;s password</source>
        <translation>sudo avec le mot de passe de la connexion</translation>
    </message>
    <message>
        <source>Login &amp;password (SSH, key or sudo):</source>
        <translation>Mot de &amp;passe de connexion (SSH, clé ou sudo) :</translation>
    </message>
    <message>
        <source>only if the login or sudo asks for one</source>
        <translation>seulement si la connexion ou sudo en demande un</translation>
    </message>
    <message>
        <source>Stored in the keychain (the worksheet names the entry), never in a file. Without a key it is the SSH password; with a key, the key&apos;s passphrase; and sudo&apos;s, when sudo asks.</source>
        <translation>Conservé dans le trousseau (la feuille de travail nomme l&apos;entrée), jamais dans un fichier. Sans clé, c&apos;est le mot de passe SSH ; avec une clé, sa phrase de passe ; et celui de sudo quand sudo le demande.</translation>
    </message>
    <message>
        <source>sudo asks for the login&apos;s password: enter it above.</source>
        <translation>sudo demande le mot de passe de la connexion : le saisir ci-dessus.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the password in.</source>
        <translation>Il n&apos;y a pas de trousseau où conserver le mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::Adopter</name>
    <message numerus="yes">
        <source>Reading the %n node(s) of %1 over SSH (nothing is changed on them) ...</source>
        <translation>
            <numerusform>Lecture du %n nœud de %1 via SSH (rien n&apos;y est modifié) ...</numerusform>
            <numerusform>Lecture des %n nœuds de %1 via SSH (rien n&apos;y est modifié) ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 over SSH (nothing is changed on the nodes) ...</source>
        <translation>Lecture de %1 via SSH (rien n&apos;est modifié sur les nœuds) ...</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2). Check it on the node (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and confirm it: --accept-host-key %1=%2.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;est pas encore connue (%2). Vérifiez-la sur le nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) et confirmez-la : --accept-host-key %1=%2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not part of a repmgr cluster: it has no repmgr.conf (/etc/repmgr.conf or /etc/repmgr/&lt;version&gt;/repmgr.conf). pgpilot adopts clusters built with repmgr, as the guide&apos;s phase 3 builds them; give the address of one of their nodes.</source>
        <translation>%1 ne fait pas partie d&apos;un cluster repmgr : il n&apos;a pas de repmgr.conf (/etc/repmgr.conf ou /etc/repmgr/&lt;version&gt;/repmgr.conf). pgpilot adopte les clusters construits avec repmgr, comme la phase 3 du guide les construit ; indiquez l&apos;adresse de l&apos;un de leurs nœuds.</translation>
    </message>
    <message>
        <source>%1: %2 found; reading repmgr&apos;s node table ...</source>
        <translation>%1 : %2 trouvé ; lecture de la table des nœuds de repmgr ...</translation>
    </message>
    <message>
        <source>%1 is not part of a working repmgr cluster: repmgr&apos;s node table could not be read (%2). Check that PostgreSQL runs on it and that repmgr registered it (repmgr cluster show).</source>
        <translation>%1 ne fait pas partie d&apos;un cluster repmgr fonctionnel : la table des nœuds de repmgr n&apos;a pas pu être lue (%2). Vérifiez que PostgreSQL y tourne et que repmgr l&apos;a enregistré (repmgr cluster show).</translation>
    </message>
    <message>
        <source>%1 has a repmgr.conf, but repmgr&apos;s node table does not list it (node_id %2).</source>
        <translation>%1 a un repmgr.conf, mais la table des nœuds de repmgr ne le liste pas (node_id %2).</translation>
    </message>
    <message numerus="yes">
        <source>repmgr lists %n node(s): %1</source>
        <translation>
            <numerusform>repmgr liste %n nœud : %1</numerusform>
            <numerusform>repmgr liste %n nœuds : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>repmgr&apos;s conninfo for it has no host</source>
        <translation>la conninfo de repmgr pour ce nœud n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>Reading %1 (%2) ...</source>
        <translation>Lecture de %1 (%2) ...</translation>
    </message>
    <message>
        <source>its host key is not known yet (%1)</source>
        <translation>sa clé d&apos;hôte n&apos;est pas encore connue (%1)</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer on it: %1</source>
        <translation>PostgreSQL n&apos;y a pas répondu : %1</translation>
    </message>
    <message>
        <source>pgpilot&apos;s health service (JSON on /health)</source>
        <translation>service de santé de pgpilot (JSON sur /health)</translation>
    </message>
    <message>
        <source>GET %1 answered %2</source>
        <translation>GET %1 a répondu %2</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>Confirm the host keys of the nodes not read (listed with their fingerprints), then adopt again: nothing was written.</source>
        <translation>Confirmez les clés d&apos;hôte des nœuds non lus (listés avec leurs empreintes), puis adoptez à nouveau : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Reading the repmgr password from the nodes&apos; .pgpass (into the keychain, never shown) ...</source>
        <translation>Lecture du mot de passe repmgr depuis le .pgpass des nœuds (vers le trousseau, jamais affiché) ...</translation>
    </message>
    <message>
        <source>The password of %1 was not found in the .pgpass files of postgres, root or the sudo user on %2. Store it in the keychain as %3 before running status.</source>
        <translation>Le mot de passe de %1 n&apos;a pas été trouvé dans les fichiers .pgpass de postgres, de root ou de l&apos;utilisateur sudo sur %2. Enregistrez-le dans le trousseau sous %3 avant de lancer status.</translation>
    </message>
    <message>
        <source>The nodes verify TLS with the CA in %1: its certificate is stored as %2, so status verifies the nodes. Its private key stays on the workstation that built the cluster: renew-certs and add-standby need the cluster&apos;s secrets from there (pgpilot import-secrets).</source>
        <translation>Les nœuds vérifient TLS avec la CA de %1 : son certificat est enregistré sous %2, donc status vérifie les nœuds. Sa clé privée reste sur le poste de travail qui a construit le cluster : renew-certs et add-standby ont besoin des secrets du cluster depuis ce poste (pgpilot import-secrets).</translation>
    </message>
    <message>
        <source>The nodes verify TLS with a CA (%1), which could not be read: import the cluster&apos;s secrets (pgpilot import-secrets) before status can verify them.</source>
        <translation>Les nœuds vérifient TLS avec une CA (%1) qui n&apos;a pas pu être lue : importez les secrets du cluster (pgpilot import-secrets) avant que status puisse les vérifier.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The login needs a password (SSH or sudo) but names no keychain entry for it.</source>
        <translation>La connexion demande un mot de passe (SSH ou sudo) mais ne nomme aucune entrée du trousseau pour lui.</translation>
    </message>
    <message>
        <source>The login needs a password (SSH or sudo) but there is no secret store to read it from.</source>
        <translation>La connexion demande un mot de passe (SSH ou sudo) mais il n&apos;y a aucun magasin de secrets où le lire.</translation>
    </message>
    <message>
        <source>The login&apos;s password is not in the keychain (or secrets file): %1. Store it there first.</source>
        <translation>Le mot de passe de la connexion n&apos;est pas dans le trousseau (ni dans le fichier de secrets) : %1. L&apos;y enregistrer d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>pgpilot::AlarmBanner</name>
    <message>
        <source>⚠
CRITICAL</source>
        <translation>⚠
CRITIQUE</translation>
    </message>
    <message>
        <source>▲
WARNING</source>
        <translation>▲
AVERTISSEMENT</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more: %1</source>
        <translation>
            <numerusform>+ %n autre : %1</numerusform>
            <numerusform>+ %n autres : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::AlarmModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>pgpilot::AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>it is a directory.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Audit</name>
    <message numerus="yes">
        <source>audit of %1: %n finding(s)
</source>
        <translation>
            <numerusform>audit de %1 : %n écart
</numerusform>
            <numerusform>audit de %1 : %n écarts
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditDialog</name>
    <message>
        <source>Audit of %1: differences from pgpilot&apos;s build</source>
        <translation>Audit de %1 : écarts par rapport à la construction de pgpilot</translation>
    </message>
    <message>
        <source>Reading the nodes over SSH (nothing is changed on them)…</source>
        <translation>Lecture des nœuds via SSH (rien n&apos;y est modifié)…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>No difference from what pgpilot would build.</source>
        <translation>Aucun écart par rapport à ce que pgpilot construirait.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from what pgpilot would build, the worst first. Each names the phase step that would fix it.</source>
        <translation>
            <numerusform>%n écart par rapport à ce que pgpilot construirait. Chacun nomme l&apos;étape de phase qui le corrigerait.</numerusform>
            <numerusform>%n écarts par rapport à ce que pgpilot construirait, les plus graves d&apos;abord. Chacun nomme l&apos;étape de phase qui le corrigerait.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (guide erratum %2)</source>
        <translation>%1 (erratum du guide %2)</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>phase %1, step %2</source>
        <translation>phase %1, étape %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditLogDialog</name>
    <message>
        <source>Audit log — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
    <message>
        <source>Every command pgpilot ran on a node, newest first (secrets masked).</source>
        <translation>Chaque commande que pgpilot a exécutée sur un nœud, la plus récente d&apos;abord (secrets masqués).</translation>
    </message>
</context>
<context>
    <name>pgpilot::AuditLogModel</name>
    <message>
        <source>write %1 (sha256 %2)</source>
        <translation>écrire %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Command or file</source>
        <translation>Commande ou fichier</translation>
    </message>
</context>
<context>
    <name>pgpilot::BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>… NOT READ YET</source>
        <translation>… PAS ENCORE LU</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>▲ WARNING</source>
        <translation>▲ AVERTISSEMENT</translation>
    </message>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ CRITIQUE</translation>
    </message>
    <message>
        <source>on %1 · stanza %2</source>
        <translation>sur %1 · stanza %2</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Dernières exécutions</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <source>Newest backup %1 (%2), stopped %3 UTC</source>
        <translation>Sauvegarde la plus récente %1 (%2), terminée le %3 UTC</translation>
    </message>
    <message>
        <source>WAL in the repository: %1 to %2</source>
        <translation>WAL dans le dépôt : de %1 à %2</translation>
    </message>
    <message>
        <source>WAL archive</source>
        <translation>Archive du WAL</translation>
    </message>
    <message>
        <source>WAL archive: %1</source>
        <translation>Archive du WAL : %1</translation>
    </message>
    <message>
        <source>Gap %1 to %2 (%3 segments), healed by %4</source>
        <translation>Lacune de %1 à %2 (%3 segments), comblée par %4</translation>
    </message>
    <message>
        <source>Gap %1 to %2 (%3 segments): breaks %4</source>
        <translation>Lacune de %1 à %2 (%3 segments) : interrompt %4</translation>
    </message>
</context>
<context>
    <name>pgpilot::Builder</name>
    <message>
        <source>Switchover to %1</source>
        <translation>Bascule vers %1</translation>
    </message>
    <message>
        <source>This makes %1 the primary of cluster %2: repmgr stops the current primary cleanly, promotes %1, and the other standbys follow it. Writes pause for a few seconds while the VIP %3 and port %4 move; open connections to the old primary are cut.</source>
        <translation>Ceci fait de %1 le primaire du cluster %2 : repmgr arrête proprement le primaire actuel, promeut %1, et les autres secondaires le suivent. Les écritures s&apos;interrompent quelques secondes pendant que la VIP %3 et le port %4 se déplacent ; les connexions ouvertes vers l&apos;ancien primaire sont coupées.</translation>
    </message>
    <message>
        <source>Planned switchover: repmgr standby switchover --siblings-follow on %1, after a dry run.</source>
        <translation>Bascule planifiée : repmgr standby switchover --siblings-follow sur %1, après une simulation.</translation>
    </message>
    <message>
        <source>Dry run of the switchover on %1</source>
        <translation>Simulation de la bascule sur %1</translation>
    </message>
    <message>
        <source>%1 must be a running standby</source>
        <translation>%1 doit être un secondaire en marche</translation>
    </message>
    <message>
        <source>%1 is not a running standby (is it already the primary?)</source>
        <translation>%1 n&apos;est pas un secondaire en marche (est-il déjà le primaire ?)</translation>
    </message>
    <message>
        <source>repmgr standby switchover --dry-run</source>
        <translation>repmgr standby switchover --dry-run</translation>
    </message>
    <message>
        <source>The dry run refused: read its output. Common causes: postgres cannot reach the other nodes over SSH, or repmgrd is not running everywhere.</source>
        <translation>La simulation a refusé : lire sa sortie. Causes fréquentes : postgres n&apos;atteint pas les autres nœuds en SSH, ou repmgrd ne tourne pas partout.</translation>
    </message>
    <message>
        <source>Switch over to %1</source>
        <translation>Basculer vers %1</translation>
    </message>
    <message>
        <source>repmgr standby switchover --siblings-follow</source>
        <translation>repmgr standby switchover --siblings-follow</translation>
    </message>
    <message>
        <source>The switchover failed: run &apos;repmgr cluster show&apos; on %1 and check which node is primary before doing anything else.</source>
        <translation>La bascule a échoué : lancer « repmgr cluster show » sur %1 et vérifier quel nœud est primaire avant toute autre chose.</translation>
    </message>
    <message>
        <source>Wait until port %1 on the VIP reaches %2</source>
        <translation>Attendre que le port %1 de la VIP atteigne %2</translation>
    </message>
    <message>
        <source>Wait (at most 90 s) for the VIP to send writes to %1</source>
        <translation>Attendre (90 s au plus) que la VIP envoie les écritures à %1</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach %2 after 90 s</source>
        <translation>le port %1 de la VIP n&apos;atteint pas %2 après 90 s</translation>
    </message>
    <message>
        <source>Keepalived did not move the VIP: see journalctl -u keepalived on %1.</source>
        <translation>Keepalived n&apos;a pas déplacé la VIP : voir journalctl -u keepalived sur %1.</translation>
    </message>
    <message>
        <source>Validate and install %1</source>
        <translation>Valider et installer %1</translation>
    </message>
    <message>
        <source>the node answers over SSH</source>
        <translation>le nœud répond en SSH</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <source>SSH to the node failed: check that it is up, the address and SSH port in the worksheet, and the host key.</source>
        <translation>La connexion SSH au nœud a échoué : vérifier qu&apos;il est démarré, l&apos;adresse et le port SSH dans la fiche, et la clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Reaches every node and checks the operating system, free disk, clocks, the network interface and addresses, that the VIP is free and that the cluster&apos;s ports are free. Changes nothing.</source>
        <translation>Atteint chaque nœud et vérifie le système, l&apos;espace disque libre, les horloges, l&apos;interface réseau et les adresses, que la VIP est libre et que les ports du cluster sont libres. Ne change rien.</translation>
    </message>
    <message>
        <source>Every node answers over SSH</source>
        <translation>Chaque nœud répond en SSH</translation>
    </message>
    <message>
        <source>a shell answers</source>
        <translation>un shell répond</translation>
    </message>
    <message>
        <source>answered as %1</source>
        <translation>a répondu en tant que %1</translation>
    </message>
    <message>
        <source>The login works but the shell fails: check the account and sudo settings.</source>
        <translation>La connexion fonctionne mais le shell échoue : vérifier le compte et les réglages sudo.</translation>
    </message>
    <message>
        <source>Operating system is %1</source>
        <translation>Le système est %1</translation>
    </message>
    <message>
        <source>The node runs another OS than the worksheet&apos;s platform (%1): change the platform or the node.</source>
        <translation>Le nœud tourne sous un autre système que la plateforme de la fiche (%1) : changer la plateforme ou le nœud.</translation>
    </message>
    <message>
        <source>At least 5 GiB free under /var/lib</source>
        <translation>Au moins 5 Gio libres sous /var/lib</translation>
    </message>
    <message>
        <source>&gt;= 5 GiB free</source>
        <translation>&gt;= 5 Gio libres</translation>
    </message>
    <message>
        <source>%1 MiB free</source>
        <translation>%1 Mio libres</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s data and WAL live under /var/lib: free space or grow the disk.</source>
        <translation>Les données et le WAL de PostgreSQL sont sous /var/lib : libérer de la place ou agrandir le disque.</translation>
    </message>
    <message>
        <source>Clocks agree within 5 seconds</source>
        <translation>Les horloges concordent à 5 secondes près</translation>
    </message>
    <message>
        <source>a time in seconds</source>
        <translation>une heure en secondes</translation>
    </message>
    <message>
        <source>The node did not report its time.</source>
        <translation>Le nœud n&apos;a pas indiqué son heure.</translation>
    </message>
    <message>
        <source>at most 5 s between nodes</source>
        <translation>au plus 5 s entre les nœuds</translation>
    </message>
    <message>
        <source>%1 s between %2 and %3</source>
        <translation>%1 s entre %2 et %3</translation>
    </message>
    <message>
        <source>Clock skew confuses repmgr&apos;s and the logs&apos; timelines: enable NTP (systemd-timesyncd or chrony) on every node.</source>
        <translation>Des horloges décalées brouillent la chronologie de repmgr et des journaux : activer NTP (systemd-timesyncd ou chrony) sur chaque nœud.</translation>
    </message>
    <message>
        <source>Each node&apos;s interface exists and carries its address</source>
        <translation>L&apos;interface de chaque nœud existe et porte son adresse</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/%2 on %3</source>
        <translation>%1/%2 sur %3</translation>
    </message>
    <message>
        <source>%1 is on %2</source>
        <translation>%1 est sur %2</translation>
    </message>
    <message>
        <source>%1 has other addresses only</source>
        <translation>%1 n&apos;a que d&apos;autres adresses</translation>
    </message>
    <message>
        <source>no interface %1 with an address</source>
        <translation>pas d&apos;interface %1 avec une adresse</translation>
    </message>
    <message>
        <source>Set the node&apos;s interface in the worksheet to %1.</source>
        <translation>Mettre l&apos;interface du nœud à %1 dans la fiche.</translation>
    </message>
    <message>
        <source>Check the interface name (ip -o addr) and the node&apos;s address in the worksheet.</source>
        <translation>Vérifier le nom de l&apos;interface (ip -o addr) et l&apos;adresse du nœud dans la fiche.</translation>
    </message>
    <message>
        <source>Each node&apos;s address has the subnet&apos;s prefix</source>
        <translation>L&apos;adresse de chaque nœud a le préfixe du sous-réseau</translation>
    </message>
    <message>
        <source>/%1 as in %2</source>
        <translation>/%1 comme dans %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The node&apos;s network differs from the worksheet&apos;s subnet: correct the subnet or the node&apos;s netmask.</source>
        <translation>Le réseau du nœud diffère du sous-réseau de la fiche : corriger le sous-réseau ou le masque du nœud.</translation>
    </message>
    <message>
        <source>%1 configured</source>
        <translation>%1 configuré</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>adresse introuvable</translation>
    </message>
    <message>
        <source>See the interface check.</source>
        <translation>Voir la vérification de l&apos;interface.</translation>
    </message>
    <message>
        <source>The VIP %1 is not in use</source>
        <translation>La VIP %1 n&apos;est pas utilisée</translation>
    </message>
    <message>
        <source>VIP not assigned (or held by this cluster)</source>
        <translation>VIP non attribuée (ou portée par ce cluster)</translation>
    </message>
    <message>
        <source>%1 is assigned on this node</source>
        <translation>%1 est attribuée sur ce nœud</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>The VIP is already configured on this node by something else: choose a spare address.</source>
        <translation>La VIP est déjà configurée sur ce nœud par autre chose : choisir une adresse libre.</translation>
    </message>
    <message>
        <source>no host answers on %1</source>
        <translation>aucun hôte ne répond sur %1</translation>
    </message>
    <message>
        <source>%1 answers ping</source>
        <translation>%1 répond au ping</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Another host on the subnet uses the VIP: choose a spare address.</source>
        <translation>Un autre hôte du sous-réseau utilise la VIP : choisir une adresse libre.</translation>
    </message>
    <message>
        <source>Ports %1, %2, %3, %4 and %5 are free (or used by this cluster&apos;s own services)</source>
        <translation>Les ports %1, %2, %3, %4 et %5 sont libres (ou utilisés par les services de ce cluster)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>ss lists the listening sockets</source>
        <translation>ss liste les sockets en écoute</translation>
    </message>
    <message>
        <source>ss (iproute2) is missing or failed.</source>
        <translation>ss (iproute2) manque ou a échoué.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation>utilisé : %1</translation>
    </message>
    <message>
        <source>Another program listens on a port the cluster needs: stop it or change the port in the worksheet.</source>
        <translation>Un autre programme écoute sur un port dont le cluster a besoin : l&apos;arrêter ou changer le port dans la fiche.</translation>
    </message>
    <message>
        <source>Base installation</source>
        <translation>Installation de base</translation>
    </message>
    <message>
        <source>Host names, the package source, PostgreSQL %1 with repmgr, HAProxy, Keepalived and Python on every node; PostgreSQL set not to start at boot (repmgr starts it).</source>
        <translation>Noms d&apos;hôte, source de paquets, PostgreSQL %1 avec repmgr, HAProxy, Keepalived et Python sur chaque nœud ; PostgreSQL ne démarre pas au boot (repmgr s&apos;en charge).</translation>
    </message>
    <message>
        <source>Write the cluster&apos;s host names to /etc/hosts</source>
        <translation>Écrire les noms d&apos;hôte du cluster dans /etc/hosts</translation>
    </message>
    <message>
        <source>/etc/hosts could not be rewritten: check that it is a regular, writable file.</source>
        <translation>Impossible de réécrire /etc/hosts : vérifier que c&apos;est un fichier ordinaire et modifiable.</translation>
    </message>
    <message>
        <source>Rewrite pgpilot&apos;s block in /etc/hosts</source>
        <translation>Réécrire le bloc de pgpilot dans /etc/hosts</translation>
    </message>
    <message>
        <source>Configure the package source</source>
        <translation>Configurer la source de paquets</translation>
    </message>
    <message>
        <source>The package source could not be set up: check the node&apos;s access to the repository (proxy, firewall, mirror URL).</source>
        <translation>La source de paquets n&apos;a pas pu être configurée : vérifier l&apos;accès du nœud au dépôt (proxy, pare-feu, URL du miroir).</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s own archive (remove pgpilot&apos;s source list)</source>
        <translation>Utiliser l&apos;archive de la distribution (retirer la liste de sources de pgpilot)</translation>
    </message>
    <message>
        <source>Install curl and CA certificates</source>
        <translation>Installer curl et les certificats d&apos;autorité</translation>
    </message>
    <message>
        <source>Fetch the PGDG signing key</source>
        <translation>Récupérer la clé de signature PGDG</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>Écrire %1</translation>
    </message>
    <message>
        <source>Install PostgreSQL %1, repmgr, HAProxy and Keepalived</source>
        <translation>Installer PostgreSQL %1, repmgr, HAProxy et Keepalived</translation>
    </message>
    <message>
        <source>apt-get failed: read its output; a held lock, a missing package in the source or no network access to the repository are the usual causes.</source>
        <translation>apt-get a échoué : lire sa sortie ; un verrou détenu, un paquet absent de la source ou l&apos;absence d&apos;accès réseau au dépôt sont les causes habituelles.</translation>
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
        <translation>Laisser repmgr démarrer PostgreSQL (start.conf = manual)</translation>
    </message>
    <message>
        <source>The cluster&apos;s configuration directory is missing: did the postgresql-%1 package create the main cluster?</source>
        <translation>Le dossier de configuration du cluster manque : le paquet postgresql-%1 a-t-il créé le cluster « main » ?</translation>
    </message>
    <message>
        <source>PostgreSQL %1 runs on every node</source>
        <translation>PostgreSQL %1 tourne sur chaque nœud</translation>
    </message>
    <message>
        <source>no cluster %1/main</source>
        <translation>pas de cluster %1/main</translation>
    </message>
    <message>
        <source>start.conf is manual, so PostgreSQL stays down after a reboot: start it (pg_ctlcluster %1 main start, the primary first) or rejoin the node; if it will not start, see /var/log/postgresql/postgresql-%1-main.log.</source>
        <translation>start.conf vaut manual, donc PostgreSQL reste arrêté après un redémarrage : le démarrer (pg_ctlcluster %1 main start, le primaire d&apos;abord) ou réintégrer le nœud ; s&apos;il ne démarre pas, voir /var/log/postgresql/postgresql-%1-main.log.</translation>
    </message>
    <message>
        <source>PostgreSQL did not start: see journalctl -u postgresql@%1-main and /var/log/postgresql/postgresql-%1-main.log.</source>
        <translation>PostgreSQL n&apos;a pas démarré : voir journalctl -u postgresql@%1-main et /var/log/postgresql/postgresql-%1-main.log.</translation>
    </message>
    <message>
        <source>repmgr is installed</source>
        <translation>repmgr est installé</translation>
    </message>
    <message>
        <source>The repmgr package for this PostgreSQL version is missing or another version.</source>
        <translation>Le paquet repmgr de cette version de PostgreSQL manque ou est d&apos;une autre version.</translation>
    </message>
    <message>
        <source>Node names resolve to the worksheet&apos;s addresses</source>
        <translation>Les noms des nœuds se résolvent vers les adresses de la fiche</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>every node name resolves to its address</source>
        <translation>chaque nom de nœud se résout vers son adresse</translation>
    </message>
    <message>
        <source>all resolve</source>
        <translation>tous se résolvent</translation>
    </message>
    <message>
        <source>An older /etc/hosts entry or DNS record wins: remove it.</source>
        <translation>Une ancienne entrée de /etc/hosts ou un enregistrement DNS l&apos;emporte : le supprimer.</translation>
    </message>
    <message>
        <source>PostgreSQL does not start at boot</source>
        <translation>PostgreSQL ne démarre pas au boot</translation>
    </message>
    <message>
        <source>start.conf was changed after pgpilot wrote it.</source>
        <translation>start.conf a été modifié après que pgpilot l&apos;a écrit.</translation>
    </message>
    <message>
        <source>PostgreSQL configuration</source>
        <translation>configuration de PostgreSQL</translation>
    </message>
    <message>
        <source>pgpilot&apos;s configuration drop-in, client authentication for repmgr, replication and the application, the postgres user&apos;s password file, then a restart of PostgreSQL %1.</source>
        <translation>Le fichier de configuration complémentaire de pgpilot, l&apos;authentification des clients pour repmgr, la réplication et l&apos;application, le fichier de mots de passe de l&apos;utilisateur postgres, puis un redémarrage de PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Allow repmgr, replication and the application (pg_hba.conf)</source>
        <translation>Autoriser repmgr, la réplication et l&apos;application (pg_hba.conf)</translation>
    </message>
    <message>
        <source>pg_hba.conf could not be rewritten or PostgreSQL refused to reload it: see the server log.</source>
        <translation>Impossible de réécrire pg_hba.conf, ou PostgreSQL a refusé de le recharger : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>Rewrite pgpilot&apos;s block in %1</source>
        <translation>Réécrire le bloc de pgpilot dans %1</translation>
    </message>
    <message>
        <source>Reload PostgreSQL</source>
        <translation>Recharger PostgreSQL</translation>
    </message>
    <message>
        <source>Write the postgres user&apos;s password file</source>
        <translation>Écrire le fichier de mots de passe de l&apos;utilisateur postgres</translation>
    </message>
    <message>
        <source>The password file could not be written: is the keychain entry for the repmgr password set?</source>
        <translation>Le fichier de mots de passe n&apos;a pas pu être écrit : l&apos;entrée du trousseau pour le mot de passe repmgr est-elle définie ?</translation>
    </message>
    <message>
        <source>Write %1 (0600)</source>
        <translation>Écrire %1 (0600)</translation>
    </message>
    <message>
        <source>Write the replication settings (conf.d/pgpilot.conf)</source>
        <translation>Écrire les réglages de réplication (conf.d/pgpilot.conf)</translation>
    </message>
    <message>
        <source>The drop-in could not be written or PostgreSQL refused to reload it: see the server log.</source>
        <translation>Le fichier complémentaire n&apos;a pas pu être écrit, ou PostgreSQL a refusé de le recharger : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>Create the WAL archive directory</source>
        <translation>Créer le dossier d&apos;archive du WAL</translation>
    </message>
    <message>
        <source>PostgreSQL did not come back: see journalctl -u %1 and the server log.</source>
        <translation>PostgreSQL n&apos;est pas revenu : voir journalctl -u %1 et le journal du serveur.</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node</source>
        <translation>wal_level vaut replica et repmgr est dans shared_preload_libraries sur chaque nœud</translation>
    </message>
    <message>
        <source>PostgreSQL answers</source>
        <translation>PostgreSQL répond</translation>
    </message>
    <message>
        <source>PostgreSQL is not running: see the server log.</source>
        <translation>PostgreSQL ne tourne pas : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>wal_level=replica, shared_preload_libraries has repmgr, nothing pending a restart</source>
        <translation>wal_level=replica, shared_preload_libraries contient repmgr, aucun redémarrage en attente</translation>
    </message>
    <message>
        <source>wal_level=%1, shared_preload_libraries=&apos;%2&apos;, %3 pending restart</source>
        <translation>wal_level=%1, shared_preload_libraries=&apos;%2&apos;, %3 en attente de redémarrage</translation>
    </message>
    <message>
        <source>The drop-in is not read (include_dir &apos;conf.d&apos; missing from postgresql.conf?) or a later file overrides it, or PostgreSQL was not restarted.</source>
        <translation>Le fichier complémentaire n&apos;est pas lu (include_dir &apos;conf.d&apos; absent de postgresql.conf ?), un fichier ultérieur l&apos;écrase, ou PostgreSQL n&apos;a pas été redémarré.</translation>
    </message>
    <message>
        <source>pg_hba.conf loads, has no trust rule and lets repmgr in</source>
        <translation>pg_hba.conf se charge, n&apos;a pas de règle trust et laisse entrer repmgr</translation>
    </message>
    <message>
        <source>0 errors, 0 trust rules, &gt;= 2 scram-sha-256 rules for repmgr</source>
        <translation>0 erreur, 0 règle trust, &gt;= 2 règles scram-sha-256 pour repmgr</translation>
    </message>
    <message>
        <source>%1 errors, %2 trust rules, %3 repmgr rules</source>
        <translation>%1 erreurs, %2 règles trust, %3 règles repmgr</translation>
    </message>
    <message>
        <source>pg_hba.conf has an error or a trust rule: read pg_hba_file_rules on the node.</source>
        <translation>pg_hba.conf a une erreur ou une règle trust : lire pg_hba_file_rules sur le nœud.</translation>
    </message>
    <message>
        <source>~postgres/.pgpass belongs to postgres, mode 0600</source>
        <translation>~postgres/.pgpass appartient à postgres, mode 0600</translation>
    </message>
    <message>
        <source>libpq ignores a password file others can read.</source>
        <translation>libpq ignore un fichier de mots de passe lisible par d&apos;autres.</translation>
    </message>
    <message>
        <source>repmgr and cluster initialisation</source>
        <translation>repmgr et initialisation du cluster</translation>
    </message>
    <message>
        <source>repmgr&apos;s user and database on %1, repmgr.conf, sudo rights for repmgr, SSH between the nodes for the postgres user, then registers the primary, clones the standbys one at a time and starts repmgrd on every node.</source>
        <translation>L&apos;utilisateur et la base de repmgr sur %1, repmgr.conf, les droits sudo de repmgr, SSH entre les nœuds pour l&apos;utilisateur postgres ; puis enregistre le primaire, clone les secondaires un par un et démarre repmgrd sur chaque nœud.</translation>
    </message>
    <message>
        <source>Allow repmgr to control PostgreSQL through sudo</source>
        <translation>Permettre à repmgr de piloter PostgreSQL via sudo</translation>
    </message>
    <message>
        <source>visudo rejected the sudoers drop-in: report this as a pgpilot bug.</source>
        <translation>visudo a rejeté le fichier sudoers complémentaire : signaler ce défaut de pgpilot.</translation>
    </message>
    <message>
        <source>Write /etc/repmgr.conf</source>
        <translation>Écrire /etc/repmgr.conf</translation>
    </message>
    <message>
        <source>/etc/repmgr.conf could not be written.</source>
        <translation>/etc/repmgr.conf n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Install the pg_rewind wrapper that names Debian&apos;s configuration file</source>
        <translation>Installer l&apos;enveloppe de pg_rewind qui indique le fichier de configuration de Debian</translation>
    </message>
    <message>
        <source>The wrapper could not be written.</source>
        <translation>L&apos;enveloppe n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Give the postgres user pgpilot&apos;s SSH key</source>
        <translation>Donner à l&apos;utilisateur postgres la clé SSH de pgpilot</translation>
    </message>
    <message>
        <source>The key could not be installed: is the keychain entry %1 set (an OpenSSH private key)?</source>
        <translation>La clé n&apos;a pas pu être installée : l&apos;entrée du trousseau %1 est-elle définie (une clé privée OpenSSH) ?</translation>
    </message>
    <message>
        <source>Write the private key %1</source>
        <translation>Écrire la clé privée %1</translation>
    </message>
    <message>
        <source>Authorise the key for the other nodes (authorized_keys)</source>
        <translation>Autoriser la clé pour les autres nœuds (authorized_keys)</translation>
    </message>
    <message>
        <source>Record the nodes&apos; SSH host keys for postgres</source>
        <translation>Enregistrer les clés d&apos;hôte SSH des nœuds pour postgres</translation>
    </message>
    <message>
        <source>Create the repmgr role and database</source>
        <translation>Créer le rôle et la base repmgr</translation>
    </message>
    <message>
        <source>Create repmgr&apos;s user and database on %1</source>
        <translation>Créer l&apos;utilisateur et la base de repmgr sur %1</translation>
    </message>
    <message>
        <source>psql failed on the primary: see its output.</source>
        <translation>psql a échoué sur le primaire : voir sa sortie.</translation>
    </message>
    <message>
        <source>Register %1 as the primary</source>
        <translation>Enregistrer %1 comme primaire</translation>
    </message>
    <message>
        <source>repmgr primary register</source>
        <translation>repmgr primary register</translation>
    </message>
    <message>
        <source>repmgr could not register the primary: is repmgr in shared_preload_libraries (phase 2)?</source>
        <translation>repmgr n&apos;a pas pu enregistrer le primaire : repmgr est-il dans shared_preload_libraries (phase 2) ?</translation>
    </message>
    <message>
        <source>Stop PostgreSQL before cloning</source>
        <translation>Arrêter PostgreSQL avant le clonage</translation>
    </message>
    <message>
        <source>Clone from %1 (repmgr standby clone --fast-checkpoint)</source>
        <translation>Cloner depuis %1 (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>Start PostgreSQL as a standby</source>
        <translation>Démarrer PostgreSQL comme secondaire</translation>
    </message>
    <message>
        <source>repmgr standby register</source>
        <translation>repmgr standby register</translation>
    </message>
    <message>
        <source>Clone and register the standbys, one at a time</source>
        <translation>Cloner et enregistrer les secondaires, un par un</translation>
    </message>
    <message>
        <source>The clone failed: check that the standby reaches the primary on port %1 and that pg_hba.conf allows replication from the subnet.</source>
        <translation>Le clonage a échoué : vérifier que le secondaire atteint le primaire sur le port %1 et que pg_hba.conf autorise la réplication depuis le sous-réseau.</translation>
    </message>
    <message>
        <source>Run repmgrd on every node (native systemd unit)</source>
        <translation>Faire tourner repmgrd sur chaque nœud (unité systemd native)</translation>
    </message>
    <message>
        <source>repmgrd did not stay up: see journalctl -u %1.</source>
        <translation>repmgrd n&apos;est pas resté actif : voir journalctl -u %1.</translation>
    </message>
    <message>
        <source>Enable and (re)start %1</source>
        <translation>Activer et (re)démarrer %1</translation>
    </message>
    <message>
        <source>repmgr cluster show: one primary and %1 running standbys</source>
        <translation>repmgr cluster show : un primaire et %1 secondaires en marche</translation>
    </message>
    <message>
        <source>repmgr cluster show lists the nodes</source>
        <translation>repmgr cluster show liste les nœuds</translation>
    </message>
    <message>
        <source>repmgr cannot reach its database on %1.</source>
        <translation>repmgr n&apos;atteint pas sa base sur %1.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not in repmgr&apos;s node list</source>
        <translation>absent de la liste des nœuds de repmgr</translation>
    </message>
    <message>
        <source>The node was never registered: re-run phase 3.</source>
        <translation>Le nœud n&apos;a jamais été enregistré : relancer la phase 3.</translation>
    </message>
    <message>
        <source>running primary</source>
        <translation>primaire en marche</translation>
    </message>
    <message>
        <source>running standby</source>
        <translation>secondaire en marche</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>running (primary or standby)</source>
        <translation>en marche (primaire ou secondaire)</translation>
    </message>
    <message>
        <source>repmgr cannot connect to the node: PostgreSQL down or port %1 blocked.</source>
        <translation>repmgr ne peut pas se connecter au nœud : PostgreSQL arrêté ou port %1 bloqué.</translation>
    </message>
    <message>
        <source>1 primary, %1 standbys, %2 nodes</source>
        <translation>1 primaire, %1 secondaires, %2 nœuds</translation>
    </message>
    <message>
        <source>%1 primaries, %2 nodes listed</source>
        <translation>%1 primaires, %2 nœuds listés</translation>
    </message>
    <message>
        <source>Two writable primaries: split brain. Fence one (stop it and keep it stopped).</source>
        <translation>Deux primaires accessibles en écriture : split-brain. En isoler un (l&apos;arrêter et le garder arrêté).</translation>
    </message>
    <message>
        <source>No primary: check repmgrd&apos;s log for a failed promotion.</source>
        <translation>Aucun primaire : chercher une promotion échouée dans le journal de repmgrd.</translation>
    </message>
    <message>
        <source>The primary streams to %1 standbys; every standby receives</source>
        <translation>Le primaire diffuse vers %1 secondaires ; chaque secondaire reçoit</translation>
    </message>
    <message>
        <source>PostgreSQL is not running on this node.</source>
        <translation>PostgreSQL ne tourne pas sur ce nœud.</translation>
    </message>
    <message>
        <source>primary with %1 streaming standbys</source>
        <translation>primaire avec %1 secondaires en streaming</translation>
    </message>
    <message>
        <source>A standby is not connected: see its server log; port %1 or pg_hba.conf may block replication.</source>
        <translation>Un secondaire n&apos;est pas connecté : voir son journal ; le port %1 ou pg_hba.conf bloquent peut-être la réplication.</translation>
    </message>
    <message>
        <source>standby, WAL receiver streaming</source>
        <translation>secondaire, récepteur WAL en streaming</translation>
    </message>
    <message>
        <source>standby, WAL receiver %1</source>
        <translation>secondaire, récepteur WAL %1</translation>
    </message>
    <message>
        <source>The standby does not reach the primary: see its server log.</source>
        <translation>Le secondaire n&apos;atteint pas le primaire : voir son journal.</translation>
    </message>
    <message>
        <source>repmgrd really runs on every node</source>
        <translation>repmgrd tourne vraiment sur chaque nœud</translation>
    </message>
    <message>
        <source>unit active, repmgrd process present, repmgr reports it running</source>
        <translation>unité active, processus repmgrd présent, repmgr le déclare en marche</translation>
    </message>
    <message>
        <source>unit %1, pid %2, repmgrd_is_running %3</source>
        <translation>unité %1, pid %2, repmgrd_is_running %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>repmgrd exits at start: see journalctl -u %1 (node not registered, or PostgreSQL down).</source>
        <translation>repmgrd s&apos;arrête au démarrage : voir journalctl -u %1 (nœud non enregistré, ou PostgreSQL arrêté).</translation>
    </message>
    <message>
        <source>postgres reaches every node over SSH without a password</source>
        <translation>postgres atteint chaque nœud en SSH sans mot de passe</translation>
    </message>
    <message>
        <source>SSH to every node works</source>
        <translation>SSH vers chaque nœud fonctionne</translation>
    </message>
    <message>
        <source>all reached</source>
        <translation>tous atteints</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Host key or authorized_keys missing on the target, or sshd refuses the postgres user (AllowUsers?). Switchover and rejoin need this.</source>
        <translation>Clé d&apos;hôte ou authorized_keys absente sur la cible, ou sshd refuse l&apos;utilisateur postgres (AllowUsers ?). La bascule et la réintégration en ont besoin.</translation>
    </message>
    <message>
        <source>HAProxy, health service and VIP</source>
        <translation>HAProxy, service de santé et VIP</translation>
    </message>
    <message>
        <source>The health service on port %1, HAProxy on ports %2 (writes) and %3 (reads) with HTTP checks, Keepalived moving the VIP %4 with the primary.</source>
        <translation>Le service de santé sur le port %1, HAProxy sur les ports %2 (écritures) et %3 (lectures) avec contrôles HTTP, Keepalived qui déplace la VIP %4 avec le primaire.</translation>
    </message>
    <message>
        <source>Install and start the health service</source>
        <translation>Installer et démarrer le service de santé</translation>
    </message>
    <message>
        <source>The health service did not stay up: see journalctl -u %1.</source>
        <translation>Le service de santé n&apos;est pas resté actif : voir journalctl -u %1.</translation>
    </message>
    <message>
        <source>Configure HAProxy</source>
        <translation>Configurer HAProxy</translation>
    </message>
    <message>
        <source>HAProxy refused the configuration or did not start: see journalctl -u haproxy.</source>
        <translation>HAProxy a refusé la configuration ou n&apos;a pas démarré : voir journalctl -u haproxy.</translation>
    </message>
    <message>
        <source>Enable and reload HAProxy</source>
        <translation>Activer et recharger HAProxy</translation>
    </message>
    <message>
        <source>Configure Keepalived for the VIP</source>
        <translation>Configurer Keepalived pour la VIP</translation>
    </message>
    <message>
        <source>Keepalived refused the configuration or did not start: see journalctl -u keepalived.</source>
        <translation>Keepalived a refusé la configuration ou n&apos;a pas démarré : voir journalctl -u keepalived.</translation>
    </message>
    <message>
        <source>Enable and restart Keepalived</source>
        <translation>Activer et redémarrer Keepalived</translation>
    </message>
    <message>
        <source>Create the application&apos;s database and role on %1</source>
        <translation>Créer la base et le rôle de l&apos;application sur %1</translation>
    </message>
    <message>
        <source>Create the application role and database</source>
        <translation>Créer le rôle et la base de l&apos;application</translation>
    </message>
    <message>
        <source>Wait until the VIP and ports %1/%2 reach the primary and a standby</source>
        <translation>Attendre que la VIP et les ports %1/%2 atteignent le primaire et un secondaire</translation>
    </message>
    <message>
        <source>The VIP did not come up on the primary: see journalctl -u keepalived there (check script, VRRP between the nodes) and HAProxy&apos;s stats page.</source>
        <translation>La VIP n&apos;est pas apparue sur le primaire : y voir journalctl -u keepalived (script de contrôle, VRRP entre les nœuds) et la page de statistiques de HAProxy.</translation>
    </message>
    <message>
        <source>Wait (at most 60 s) for the VIP&apos;s ports %1 and %2</source>
        <translation>Attendre (60 s au plus) les ports %1 et %2 de la VIP</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach the primary or port %2 no standby after 60 s</source>
        <translation>après 60 s, le port %1 de la VIP n&apos;atteint pas le primaire ou le port %2 aucun secondaire</translation>
    </message>
    <message>
        <source>Exactly one node, the primary, holds the VIP %1</source>
        <translation>Un seul nœud, le primaire, porte la VIP %1</translation>
    </message>
    <message>
        <source>holds the VIP (primary)</source>
        <translation>porte la VIP (primaire)</translation>
    </message>
    <message>
        <source>no VIP (not primary)</source>
        <translation>pas de VIP (pas primaire)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>holds the VIP</source>
        <translation>porte la VIP</translation>
    </message>
    <message>
        <source>no VIP</source>
        <translation>pas de VIP</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>PostgreSQL down</source>
        <translation>PostgreSQL arrêté</translation>
    </message>
    <message>
        <source>Keepalived keeps the VIP on a node that is not the primary: check its check script (journalctl -u keepalived).</source>
        <translation>Keepalived garde la VIP sur un nœud qui n&apos;est pas le primaire : vérifier son script de contrôle (journalctl -u keepalived).</translation>
    </message>
    <message>
        <source>Keepalived on the primary does not take the VIP: VRRP (protocol 112) blocked between nodes, or its check fails (health service or HAProxy down).</source>
        <translation>Keepalived sur le primaire ne prend pas la VIP : VRRP (protocole 112) bloqué entre les nœuds, ou son contrôle échoue (service de santé ou HAProxy arrêté).</translation>
    </message>
    <message>
        <source>exactly one holder</source>
        <translation>un seul porteur</translation>
    </message>
    <message>
        <source>No node holds the VIP: see journalctl -u keepalived on the primary.</source>
        <translation>Aucun nœud ne porte la VIP : voir journalctl -u keepalived sur le primaire.</translation>
    </message>
    <message>
        <source>Several nodes hold the VIP: VRRP adverts do not get through (unicast peers, firewall).</source>
        <translation>Plusieurs nœuds portent la VIP : les annonces VRRP ne passent pas (pairs unicast, pare-feu).</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches a standby</source>
        <translation>Le port %1 de la VIP atteint un secondaire</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches the primary</source>
        <translation>Le port %1 de la VIP atteint le primaire</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() = %1</source>
        <translation>pg_is_in_recovery() = %1</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() = %1 on %2</source>
        <translation>pg_is_in_recovery() = %1 sur %2</translation>
    </message>
    <message>
        <source>No standby passes HAProxy&apos;s /replica check, or HAProxy does not listen on %1.</source>
        <translation>Aucun secondaire ne passe le contrôle /replica de HAProxy, ou HAProxy n&apos;écoute pas sur %1.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s write backend has no server up (health service /primary?), or the VIP is not assigned.</source>
        <translation>Le backend d&apos;écriture de HAProxy n&apos;a aucun serveur actif (service de santé /primary ?), ou la VIP n&apos;est pas attribuée.</translation>
    </message>
    <message>
        <source>The health service answers 200/503 by role on every node</source>
        <translation>Le service de santé répond 200/503 selon le rôle sur chaque nœud</translation>
    </message>
    <message>
        <source>The health service does not answer: see journalctl -u %1.</source>
        <translation>Le service de santé ne répond pas : voir journalctl -u %1.</translation>
    </message>
    <message>
        <source>The health service disagrees with PostgreSQL: its psql query fails (peer authentication, port).</source>
        <translation>Le service de santé contredit PostgreSQL : sa requête psql échoue (authentification peer, port).</translation>
    </message>
    <message>
        <source>HAProxy is down or the stats listener is not bound to the node&apos;s address.</source>
        <translation>HAProxy est arrêté, ou l&apos;écoute des statistiques n&apos;est pas liée à l&apos;adresse du nœud.</translation>
    </message>
    <message>
        <source>Failover validation</source>
        <translation>Validation du failover</translation>
    </message>
    <message>
        <source>This stops PostgreSQL on the current primary of cluster %1 (a clean, fast shutdown: open connections are cut). repmgr must promote a standby within 3 minutes; the VIP %2 and port %3 must follow it. Then the old primary is rewound if needed and rejoined as a standby while it is still stopped, and pgpilot waits until all %4 nodes are healthy again. Applications see a short outage.</source>
        <translation>Ceci arrête PostgreSQL sur le primaire actuel du cluster %1 (arrêt propre et rapide : les connexions ouvertes sont coupées). repmgr doit promouvoir un secondaire en 3 minutes ; la VIP %2 et le port %3 doivent le suivre. Ensuite l&apos;ancien primaire est rembobiné si besoin et réintégré comme secondaire tant qu&apos;il est arrêté, et pgpilot attend que les %4 nœuds soient de nouveau sains. Les applications subissent une courte interruption.</translation>
    </message>
    <message>
        <source>Stops the primary, checks that a standby is promoted and that the VIP and port %1 follow, then rejoins the old primary as a standby.</source>
        <translation>Arrête le primaire, vérifie qu&apos;un secondaire est promu et que la VIP et le port %1 suivent, puis réintègre l&apos;ancien primaire comme secondaire.</translation>
    </message>
    <message>
        <source>Check the cluster is healthy before the test</source>
        <translation>Vérifier que le cluster est sain avant le test</translation>
    </message>
    <message>
        <source>The cluster is not healthy: finish phases 3 and 4 first.</source>
        <translation>Le cluster n&apos;est pas sain : terminer d&apos;abord les phases 3 et 4.</translation>
    </message>
    <message>
        <source>repmgr cluster show: 1 primary, %1 standbys</source>
        <translation>repmgr cluster show : 1 primaire, %1 secondaires</translation>
    </message>
    <message>
        <source>cluster not healthy: repmgr cluster show does not list 1 primary and %1 running standbys</source>
        <translation>cluster pas sain : repmgr cluster show ne liste pas 1 primaire et %1 secondaires en marche</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the current primary</source>
        <translation>Arrêter PostgreSQL sur le primaire actuel</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop: see journalctl -u %1.</source>
        <translation>PostgreSQL ne s&apos;est pas arrêté : voir journalctl -u %1.</translation>
    </message>
    <message>
        <source>If this node is the primary: stop PostgreSQL (fast)</source>
        <translation>Si ce nœud est le primaire : arrêter PostgreSQL (fast)</translation>
    </message>
    <message>
        <source>Wait for repmgr to promote a standby</source>
        <translation>Attendre que repmgr promeuve un secondaire</translation>
    </message>
    <message>
        <source>No standby was promoted: see journalctl -u %1 on the standbys.</source>
        <translation>Aucun secondaire n&apos;a été promu : voir journalctl -u %1 sur les secondaires.</translation>
    </message>
    <message>
        <source>Wait (at most 180 s) for a new primary in repmgr cluster show</source>
        <translation>Attendre (180 s au plus) un nouveau primaire dans repmgr cluster show</translation>
    </message>
    <message>
        <source>no new primary after 180 s</source>
        <translation>pas de nouveau primaire après 180 s</translation>
    </message>
    <message>
        <source>Wait for the VIP and port %1 to follow</source>
        <translation>Attendre que la VIP et le port %1 suivent</translation>
    </message>
    <message>
        <source>Port %1 on the VIP does not reach the new primary: check Keepalived and HAProxy on it.</source>
        <translation>Le port %1 de la VIP n&apos;atteint pas le nouveau primaire : y vérifier Keepalived et HAProxy.</translation>
    </message>
    <message>
        <source>Wait (at most 120 s) until the VIP&apos;s port %1 reaches a primary</source>
        <translation>Attendre (120 s au plus) que le port %1 de la VIP atteigne un primaire</translation>
    </message>
    <message>
        <source>port %1 on the VIP does not reach a primary</source>
        <translation>le port %1 de la VIP n&apos;atteint aucun primaire</translation>
    </message>
    <message>
        <source>Rejoin the old primary as a standby</source>
        <translation>Réintégrer l&apos;ancien primaire comme secondaire</translation>
    </message>
    <message>
        <source>node rejoin failed: read its output; pg_rewind needs wal_log_hints and the wrapper (%1).</source>
        <translation>node rejoin a échoué : lire sa sortie ; pg_rewind a besoin de wal_log_hints et de l&apos;enveloppe (%1).</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind (old primary only, still stopped)</source>
        <translation>repmgr node rejoin --force-rewind (ancien primaire seulement, encore arrêté)</translation>
    </message>
    <message>
        <source>Restart repmgrd on the rejoined node</source>
        <translation>Redémarrer repmgrd sur le nœud réintégré</translation>
    </message>
    <message>
        <source>Wait until all %1 nodes are healthy</source>
        <translation>Attendre que les %1 nœuds soient sains</translation>
    </message>
    <message>
        <source>The cluster did not return to %1 healthy nodes: see repmgr cluster show.</source>
        <translation>Le cluster n&apos;est pas revenu à %1 nœuds sains : voir repmgr cluster show.</translation>
    </message>
    <message>
        <source>Wait (at most 180 s) for 1 primary and %1 standbys</source>
        <translation>Attendre (180 s au plus) 1 primaire et %1 secondaires</translation>
    </message>
    <message>
        <source>cluster not back to 1 primary and %1 standbys after 180 s</source>
        <translation>cluster pas revenu à 1 primaire et %1 secondaires après 180 s</translation>
    </message>
    <message>
        <source>Pre-checks: %1</source>
        <translation>Vérifications préalables : %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>exactly one is needed; see repmgr cluster show</source>
        <translation>il en faut exactement un ; voir repmgr cluster show</translation>
    </message>
    <message>
        <source>PostgreSQL still runs after a fast and an immediate shutdown</source>
        <translation>PostgreSQL tourne encore après un arrêt rapide puis immédiat</translation>
    </message>
    <message>
        <source>Exactly one node is a writable primary</source>
        <translation>Un seul nœud est un primaire accessible en écriture</translation>
    </message>
    <message>
        <source>Exactly one node other than %1 is a writable primary</source>
        <translation>Un seul nœud autre que %1 est un primaire accessible en écriture</translation>
    </message>
    <message>
        <source>no writable primary</source>
        <translation>aucun primaire accessible en écriture</translation>
    </message>
    <message>
        <source>primary: %1</source>
        <translation>primaire : %1</translation>
    </message>
    <message>
        <source>; no answer from %1</source>
        <translation> ; pas de réponse de %1</translation>
    </message>
    <message>
        <source>exactly one primary</source>
        <translation>un seul primaire</translation>
    </message>
    <message>
        <source>No primary is running: wait for repmgrd&apos;s failover, or see its log.</source>
        <translation>Aucun primaire ne tourne : attendre le failover de repmgrd, ou lire son journal.</translation>
    </message>
    <message>
        <source>Several primaries (split brain): fence the one that must not serve writes first.</source>
        <translation>Plusieurs primaires (split-brain) : isoler d&apos;abord celui qui ne doit pas servir d&apos;écritures.</translation>
    </message>
    <message>
        <source>%1 answers over SSH</source>
        <translation>%1 répond en SSH</translation>
    </message>
    <message>
        <source>pgpilot needs SSH to the node for this operation.</source>
        <translation>pgpilot a besoin de SSH vers le nœud pour cette opération.</translation>
    </message>
    <message>
        <source>%1 is a standby streaming from the primary</source>
        <translation>%1 est un secondaire qui diffuse depuis le primaire</translation>
    </message>
    <message>
        <source>in recovery, WAL receiver streaming</source>
        <translation>en récupération, récepteur WAL en streaming</translation>
    </message>
    <message>
        <source>in recovery %1, WAL receiver %2</source>
        <translation>en récupération %1, récepteur WAL %2</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: %1</source>
        <translation>PostgreSQL ne répond pas : %1</translation>
    </message>
    <message>
        <source>See the node&apos;s server log and repmgr&apos;s output: the standby does not reach the primary.</source>
        <translation>Lire le journal du nœud et la sortie de repmgr : le secondaire n&apos;atteint pas le primaire.</translation>
    </message>
    <message>
        <source>Port %1 on the VIP reaches %2 and it accepts writes</source>
        <translation>Le port %1 de la VIP atteint %2 et accepte les écritures</translation>
    </message>
    <message>
        <source>Port %1 on the VIP does not reach %2</source>
        <translation>Le port %1 de la VIP n&apos;atteint pas %2</translation>
    </message>
    <message>
        <source>%1 (writable)</source>
        <translation>%1 (écriture possible)</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>écriture possible</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>HAProxy on the VIP holder does not route writes as expected: check the health service (/primary) and Keepalived on %1.</source>
        <translation>HAProxy sur le porteur de la VIP n&apos;achemine pas les écritures comme prévu : vérifier le service de santé (/primary) et Keepalived sur %1.</translation>
    </message>
    <message>
        <source>Wait (at most %1 s) until %2 streams from the primary</source>
        <translation>Attendre (%1 s au plus) que %2 diffuse depuis le primaire</translation>
    </message>
    <message>
        <source>%1 does not stream after %2 s</source>
        <translation>%1 ne diffuse pas après %2 s</translation>
    </message>
    <message>
        <source>%1 streams from the primary with a replay lag under 16 MiB</source>
        <translation>%1 diffuse depuis le primaire avec un retard de rejeu sous 16 Mio</translation>
    </message>
    <message>
        <source>no primary answered</source>
        <translation>aucun primaire n&apos;a répondu</translation>
    </message>
    <message>
        <source>%1 is the primary already</source>
        <translation>%1 est déjà le primaire</translation>
    </message>
    <message>
        <source>%1 does not replicate to %2</source>
        <translation>%1 ne réplique pas vers %2</translation>
    </message>
    <message>
        <source>%1 on %2, replay lag %3 bytes</source>
        <translation>%1 sur %2, retard de rejeu %3 octets</translation>
    </message>
    <message>
        <source>streaming, lag &lt; 16 MiB</source>
        <translation>streaming, retard &lt; 16 Mio</translation>
    </message>
    <message>
        <source>Wait until the standby has caught up (see the dashboard&apos;s lag), or pick another standby.</source>
        <translation>Attendre que le secondaire ait rattrapé son retard (voir le retard dans le tableau de bord), ou choisir un autre secondaire.</translation>
    </message>
    <message>
        <source>repmgr standby switchover --dry-run passes on %1</source>
        <translation>repmgr standby switchover --dry-run réussit sur %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>exit status 0</source>
        <translation>code de sortie 0</translation>
    </message>
    <message>
        <source>repmgr refuses the switchover: read its message (SSH between the nodes, repmgrd, replication).</source>
        <translation>repmgr refuse la bascule : lire son message (SSH entre les nœuds, repmgrd, réplication).</translation>
    </message>
    <message>
        <source>Re-clone %1 as a standby</source>
        <translation>Recloner %1 comme secondaire</translation>
    </message>
    <message>
        <source>Rejoin %1 as a standby</source>
        <translation>Réintégrer %1 comme secondaire</translation>
    </message>
    <message>
        <source>Keeps PostgreSQL on %1 stopped, lifts a fence, deletes its data directory and clones it afresh from the current primary, registers it and waits until it streams.</source>
        <translation>Garde PostgreSQL arrêté sur %1, lève un isolement, supprime son dossier de données et le reclone depuis le primaire actuel, l&apos;enregistre et attend qu&apos;il diffuse.</translation>
    </message>
    <message>
        <source>Keeps PostgreSQL on %1 stopped, lifts a fence, brings a crashed data directory to a clean shutdown, then repmgr node rejoin --force-rewind against the current primary; waits until it streams.</source>
        <translation>Garde PostgreSQL arrêté sur %1, lève un isolement, ramène un dossier de données planté à un arrêt propre, puis repmgr node rejoin --force-rewind vers le primaire actuel ; attend qu&apos;il diffuse.</translation>
    </message>
    <message>
        <source>Keep PostgreSQL on %1 stopped</source>
        <translation>Garder PostgreSQL arrêté sur %1</translation>
    </message>
    <message>
        <source>Stop repmgrd on %1</source>
        <translation>Arrêter repmgrd sur %1</translation>
    </message>
    <message>
        <source>Stop PostgreSQL if it runs (it is not the primary: the pre-checks found another)</source>
        <translation>Arrêter PostgreSQL s&apos;il tourne (ce n&apos;est pas le primaire : les vérifications préalables en ont trouvé un autre)</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 could not be stopped: look at its processes before anything else.</source>
        <translation>PostgreSQL sur %1 n&apos;a pas pu être arrêté : examiner ses processus avant toute autre chose.</translation>
    </message>
    <message>
        <source>Lift a fence on %1 (PostgreSQL stays stopped)</source>
        <translation>Lever l&apos;isolement de %1 (PostgreSQL reste arrêté)</translation>
    </message>
    <message>
        <source>Remove the fence mark and unmask %1</source>
        <translation>Retirer la marque d&apos;isolement et démasquer %1</translation>
    </message>
    <message>
        <source>Write %1 (manual start)</source>
        <translation>Écrire %1 (démarrage manuel)</translation>
    </message>
    <message>
        <source>The fence could not be lifted: check %1 and systemctl status %2.</source>
        <translation>L&apos;isolement n&apos;a pas pu être levé : vérifier %1 et systemctl status %2.</translation>
    </message>
    <message>
        <source>Clone %1 afresh from the current primary</source>
        <translation>Recloner %1 depuis le primaire actuel</translation>
    </message>
    <message>
        <source>repmgr standby clone --force from the current primary (replaces the data directory)</source>
        <translation>repmgr standby clone --force depuis le primaire actuel (remplace le dossier de données)</translation>
    </message>
    <message>
        <source>repmgr standby register --force</source>
        <translation>repmgr standby register --force</translation>
    </message>
    <message>
        <source>The clone failed: check that %1 reaches the primary on port %2.</source>
        <translation>Le clonage a échoué : vérifier que %1 atteint le primaire sur le port %2.</translation>
    </message>
    <message>
        <source>Bring a crashed data directory on %1 to a clean shutdown</source>
        <translation>Ramener un dossier de données planté sur %1 à un arrêt propre</translation>
    </message>
    <message>
        <source>Crash recovery in single-user mode (no connections) when it was not shut down cleanly</source>
        <translation>Récupération après crash en mode mono-utilisateur (sans connexions) s&apos;il n&apos;a pas été arrêté proprement</translation>
    </message>
    <message>
        <source>single-user crash recovery did not leave a clean shutdown</source>
        <translation>la récupération en mode mono-utilisateur n&apos;a pas laissé un arrêt propre</translation>
    </message>
    <message>
        <source>The data directory could not be recovered: a re-clone (rejoin with re-clone) copies it afresh.</source>
        <translation>Le dossier de données n&apos;a pas pu être récupéré : un reclonage (réintégration avec reclonage) le recopie.</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind against the current primary</source>
        <translation>repmgr node rejoin --force-rewind vers le primaire actuel</translation>
    </message>
    <message>
        <source>repmgr node rejoin --force-rewind (starts %1 as a standby)</source>
        <translation>repmgr node rejoin --force-rewind (démarre %1 comme secondaire)</translation>
    </message>
    <message>
        <source>The rejoin failed: if pg_rewind cannot bring %1 back, rejoin it with a re-clone (copies the whole data directory from the primary).</source>
        <translation>La réintégration a échoué : si pg_rewind ne peut pas ramener %1, le réintégrer avec un reclonage (copie tout le dossier de données depuis le primaire).</translation>
    </message>
    <message>
        <source>Start repmgrd on %1</source>
        <translation>Démarrer repmgrd sur %1</translation>
    </message>
    <message>
        <source>Enable and restart %1</source>
        <translation>Activer et redémarrer %1</translation>
    </message>
    <message>
        <source>repmgrd did not start: see journalctl -u %1.</source>
        <translation>repmgrd n&apos;a pas démarré : voir journalctl -u %1.</translation>
    </message>
    <message>
        <source>Wait until %1 streams</source>
        <translation>Attendre que %1 diffuse</translation>
    </message>
    <message>
        <source>%1 does not stream: see its server log.</source>
        <translation>%1 ne diffuse pas : voir son journal.</translation>
    </message>
    <message>
        <source>Fence %1</source>
        <translation>Isoler %1</translation>
    </message>
    <message>
        <source>Marks %1 fenced (its health service then answers 503 to HAProxy and Keepalived on every node), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting (start.conf disabled, unit masked) until the node is rejoined.</source>
        <translation>Marque %1 comme isolé (son service de santé répond alors 503 à HAProxy et Keepalived sur chaque nœud), y arrête repmgrd et PostgreSQL et empêche PostgreSQL de démarrer (start.conf désactivé, unité masquée) jusqu&apos;à la réintégration du nœud.</translation>
    </message>
    <message>
        <source>Mark %1 fenced</source>
        <translation>Marquer %1 comme isolé</translation>
    </message>
    <message>
        <source>Write the fence mark %1</source>
        <translation>Écrire la marque d&apos;isolement %1</translation>
    </message>
    <message>
        <source>Write %1 (disabled: pg_ctlcluster refuses to start)</source>
        <translation>Écrire %1 (disabled : pg_ctlcluster refuse de démarrer)</translation>
    </message>
    <message>
        <source>Stop and disable repmgrd</source>
        <translation>Arrêter et désactiver repmgrd</translation>
    </message>
    <message>
        <source>The fence mark could not be written: is the disk full or read-only?</source>
        <translation>La marque d&apos;isolement n&apos;a pas pu être écrite : le disque est-il plein ou en lecture seule ?</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 and keep it stopped</source>
        <translation>Arrêter PostgreSQL sur %1 et le garder arrêté</translation>
    </message>
    <message>
        <source>Stop PostgreSQL (fast, then immediate)</source>
        <translation>Arrêter PostgreSQL (fast, puis immediate)</translation>
    </message>
    <message>
        <source>Mask %1 so systemd refuses to start it</source>
        <translation>Masquer %1 pour que systemd refuse de le démarrer</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 could not be stopped: stop the node itself (power off) if it still serves writes.</source>
        <translation>PostgreSQL sur %1 n&apos;a pas pu être arrêté : éteindre le nœud lui-même s&apos;il sert encore des écritures.</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped and cannot start</source>
        <translation>PostgreSQL sur %1 est arrêté et ne peut pas démarrer</translation>
    </message>
    <message>
        <source>PostgreSQL stopped, fence mark, start.conf disabled, unit masked</source>
        <translation>PostgreSQL arrêté, marque d&apos;isolement, start.conf désactivé, unité masquée</translation>
    </message>
    <message>
        <source>PostgreSQL %1, mark %2, start.conf %3, unit %4</source>
        <translation>PostgreSQL %1, marque %2, start.conf %3, unité %4</translation>
    </message>
    <message>
        <source>Something restarted or unfenced the node: look at it before anything else.</source>
        <translation>Quelque chose a redémarré le nœud ou levé son isolement : l&apos;examiner avant toute autre chose.</translation>
    </message>
    <message>
        <source>Add %1 as a standby</source>
        <translation>Ajouter %1 comme secondaire</translation>
    </message>
    <message>
        <source>Runs phases 1 and 2 on %1, gives it repmgr&apos;s configuration and the postgres SSH key, clones it from the current primary, registers it, starts its health service, and reloads HAProxy and Keepalived on every node so they know it.</source>
        <translation>Exécute les phases 1 et 2 sur %1, lui donne la configuration de repmgr et la clé SSH de postgres, le clone depuis le primaire actuel, l&apos;enregistre, démarre son service de santé et recharge HAProxy et Keepalived sur chaque nœud pour qu&apos;ils le connaissent.</translation>
    </message>
    <message>
        <source>Clone %1 from the current primary and register it</source>
        <translation>Cloner %1 depuis le primaire actuel et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Clone from the current primary (repmgr standby clone --fast-checkpoint)</source>
        <translation>Cloner depuis le primaire actuel (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>The clone failed: check that %1 reaches the primary on port %2 and that pg_hba.conf allows the subnet.</source>
        <translation>Le clonage a échoué : vérifier que %1 atteint le primaire sur le port %2 et que pg_hba.conf autorise le sous-réseau.</translation>
    </message>
    <message>
        <source>Remove standby %1</source>
        <translation>Retirer le secondaire %1</translation>
    </message>
    <message>
        <source>Stops %1&apos;s services and PostgreSQL (kept from starting), unregisters it from repmgr, drops its replication slot, and reloads HAProxy and Keepalived on the other nodes without it.</source>
        <translation>Arrête les services et PostgreSQL de %1 (empêché de démarrer), le désenregistre de repmgr, supprime son slot de réplication et recharge HAProxy et Keepalived sans lui sur les autres nœuds.</translation>
    </message>
    <message>
        <source>Stop %1&apos;s services and PostgreSQL</source>
        <translation>Arrêter les services et PostgreSQL de %1</translation>
    </message>
    <message>
        <source>Stop and disable repmgrd, Keepalived, HAProxy and the health service</source>
        <translation>Arrêter et désactiver repmgrd, Keepalived, HAProxy et le service de santé</translation>
    </message>
    <message>
        <source>Write %1 (disabled)</source>
        <translation>Écrire %1 (disabled)</translation>
    </message>
    <message>
        <source>Stop PostgreSQL</source>
        <translation>Arrêter PostgreSQL</translation>
    </message>
    <message>
        <source>%1 could not be stopped: stop it by hand before unregistering it.</source>
        <translation>%1 n&apos;a pas pu être arrêté : l&apos;arrêter à la main avant de le désenregistrer.</translation>
    </message>
    <message>
        <source>repmgr standby unregister --node-id=%1</source>
        <translation>repmgr standby unregister --node-id=%1</translation>
    </message>
    <message>
        <source>Drop the replication slot %1 where it exists</source>
        <translation>Supprimer le slot de réplication %1 là où il existe</translation>
    </message>
    <message>
        <source>Unregister %1 from repmgr</source>
        <translation>Désenregistrer %1 de repmgr</translation>
    </message>
    <message>
        <source>repmgr could not unregister the node: see its output.</source>
        <translation>repmgr n&apos;a pas pu désenregistrer le nœud : voir sa sortie.</translation>
    </message>
    <message>
        <source>Drop %1&apos;s replication slot</source>
        <translation>Supprimer le slot de réplication de %1</translation>
    </message>
    <message>
        <source>The slot could not be dropped: is a walsender still using it?</source>
        <translation>Le slot n&apos;a pas pu être supprimé : un walsender l&apos;utilise-t-il encore ?</translation>
    </message>
    <message>
        <source>Make sure the health service runs (it reports the fence)</source>
        <translation>S&apos;assurer que le service de santé tourne (il signale l&apos;isolement)</translation>
    </message>
    <message>
        <source>Tell a running repmgrd to read it again</source>
        <translation>Faire relire le fichier à un repmgrd en marche</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>session ouverte</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>The %1 password pgpilot holds logs in on every node</source>
        <translation>Le mot de passe %1 détenu par pgpilot permet de se connecter sur chaque nœud</translation>
    </message>
    <message>
        <source>logs in as %1 (from %2)</source>
        <translation>se connecte en tant que %1 (depuis %2)</translation>
    </message>
    <message>
        <source>The database has another %1 password than this workstation holds (was the cluster set up, or its password changed, from another workstation?). Bring that workstation&apos;s secrets here: the dashboard and the operations cannot log in until then.</source>
        <translation>La base de données a un autre mot de passe %1 que celui de ce poste (le cluster a-t-il été mis en place, ou son mot de passe changé, depuis un autre poste ?). Apportez ici les secrets de ce poste-là : d&apos;ici là, le tableau de bord et les opérations ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>postgres&apos;s .pgpass logs in as repmgr to every node</source>
        <translation>Le .pgpass de postgres permet de se connecter en tant que repmgr à chaque nœud</translation>
    </message>
    <message>
        <source>every login works</source>
        <translation>chaque connexion fonctionne</translation>
    </message>
    <message>
        <source>all logged in</source>
        <translation>toutes les connexions réussissent</translation>
    </message>
    <message>
        <source>The .pgpass on this node holds another password than the database: repmgr and replication from here fail. Run rotate-secrets again.</source>
        <translation>Le .pgpass de ce nœud contient un autre mot de passe que la base de données : repmgr et la réplication depuis ce nœud échouent. Relancez rotate-secrets.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s stats page answers pgpilot&apos;s stats password on every node&apos;s address, and no one without it</source>
        <translation>La page de statistiques de HAProxy accepte le mot de passe de statistiques de pgpilot sur l&apos;adresse de chaque nœud, et ne répond à personne sans lui</translation>
    </message>
    <message>
        <source>The node&apos;s stats password differs from the one this workstation holds: run phase 4 again, or import the cluster&apos;s secrets.</source>
        <translation>Le mot de passe de statistiques du nœud diffère de celui de ce poste : relancez la phase 4, ou importez les secrets du cluster.</translation>
    </message>
    <message>
        <source>The stats page answers without a password: haproxy.cfg lacks pgpilot&apos;s &quot;stats auth&quot; line; run phase 4 again.</source>
        <translation>La page de statistiques répond sans mot de passe : il manque à haproxy.cfg la ligne « stats auth » de pgpilot ; relancez la phase 4.</translation>
    </message>
    <message>
        <source>Rotate the passwords of %1</source>
        <translation>Renouveler les mots de passe de %1</translation>
    </message>
    <message>
        <source>The primary stores new passwords for %1 (as SCRAM verifiers: the plain password never reaches the server) and every node&apos;s %2 gets the new repmgr password at the same time. Open sessions stay; new logins need the new password.</source>
        <translation>Le primaire enregistre de nouveaux mots de passe pour %1 (sous forme de vérificateurs SCRAM : le mot de passe en clair n&apos;atteint jamais le serveur) et, en même temps, %2 reçoit sur chaque nœud le nouveau mot de passe repmgr. Les sessions ouvertes restent ; les nouvelles connexions exigent le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>a standby: the primary sets the passwords</source>
        <translation>un secondaire : le primaire définit les mots de passe</translation>
    </message>
    <message>
        <source>Set the new passwords on the primary and in every .pgpass</source>
        <translation>Définir les nouveaux mots de passe sur le primaire et dans chaque .pgpass</translation>
    </message>
    <message>
        <source>The new passwords are kept under their pending keys: run rotate-secrets again to finish.</source>
        <translation>Les nouveaux mots de passe restent sous leurs clés provisoires : relancez rotate-secrets pour terminer.</translation>
    </message>
    <message>
        <source>Set the new passwords (on the primary)</source>
        <translation>Définir les nouveaux mots de passe (sur le primaire)</translation>
    </message>
    <message>
        <source>Write %1 with the new repmgr password</source>
        <translation>Écrire %1 avec le nouveau mot de passe repmgr</translation>
    </message>
    <message>
        <source>Create pgpilot&apos;s monitoring role %1 on %2 (pg_monitor, not a superuser)</source>
        <translation>Créer le rôle de supervision %1 de pgpilot sur %2 (pg_monitor, pas un superutilisateur)</translation>
    </message>
    <message>
        <source>Create the monitoring role</source>
        <translation>Créer le rôle de supervision</translation>
    </message>
    <message>
        <source>The file could not be written as postgres: check that %1 belongs to postgres and that the disk has room.</source>
        <translation>Le fichier n&apos;a pas pu être écrit en tant que postgres : vérifiez que %1 appartient à postgres et qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>Write the host keys pgpilot verified</source>
        <translation>Écrire les clés d&apos;hôte vérifiées par pgpilot</translation>
    </message>
    <message>
        <source>Record this workstation&apos;s address in %1</source>
        <translation>Inscrire l&apos;adresse de ce poste dans %1</translation>
    </message>
    <message>
        <source>PostgreSQL serves the certificate the cluster CA issued for the node&apos;s address; pg_hba has no non-TLS rule beyond loopback</source>
        <translation>PostgreSQL présente le certificat émis par l&apos;AC du cluster pour l&apos;adresse du nœud ; pg_hba n&apos;a aucune règle non TLS hors loopback</translation>
    </message>
    <message>
        <source>verified for %1, ssl on with %2, 0 non-TLS rules</source>
        <translation>vérifié pour %1, ssl on avec %2, 0 règle non TLS</translation>
    </message>
    <message>
        <source>%1 (%2), ssl %3 with %4, %5 non-TLS rules</source>
        <translation>%1 (%2), ssl %3 avec %4, %5 règles non TLS</translation>
    </message>
    <message>
        <source>The certificate does not match the cluster CA or the node&apos;s address (was the CA replaced?), PostgreSQL was not restarted, or pg_hba.conf has a host rule of its own: read pg_hba_file_rules on the node.</source>
        <translation>Le certificat ne correspond pas à l&apos;AC du cluster ou à l&apos;adresse du nœud (l&apos;AC a-t-elle été remplacée ?), PostgreSQL n&apos;a pas été redémarré, ou pg_hba.conf a sa propre règle host : lire pg_hba_file_rules sur le nœud.</translation>
    </message>
    <message>
        <source>Replication is encrypted and every WAL receiver verifies the primary (sslmode=verify-full)</source>
        <translation>La réplication est chiffrée et chaque récepteur WAL vérifie le primaire (sslmode=verify-full)</translation>
    </message>
    <message>
        <source>primary, %1 walsenders, all over TLS</source>
        <translation>primaire, %1 walsenders, tous via TLS</translation>
    </message>
    <message>
        <source>primary, %1 walsenders, %2 over TLS</source>
        <translation>primaire, %1 walsenders, %2 via TLS</translation>
    </message>
    <message>
        <source>A standby is not connected, or connects without TLS: read primary_conninfo in its postgresql.auto.conf.</source>
        <translation>Un secondaire n&apos;est pas connecté, ou se connecte sans TLS : lire primary_conninfo dans son postgresql.auto.conf.</translation>
    </message>
    <message>
        <source>standby, WAL receiver streaming with sslmode=verify-full</source>
        <translation>secondaire, récepteur WAL en streaming avec sslmode=verify-full</translation>
    </message>
    <message>
        <source>verify-full</source>
        <translation>verify-full</translation>
    </message>
    <message>
        <source>not streaming with verify-full</source>
        <translation>pas de streaming avec verify-full</translation>
    </message>
    <message>
        <source>The WAL receiver does not stream, or its primary_conninfo lacks sslmode=verify-full (the standby was cloned before TLS was on: rejoin it, or clone it again).</source>
        <translation>Le récepteur WAL ne réplique pas, ou son primary_conninfo n&apos;a pas sslmode=verify-full (le secondaire a été cloné avant l&apos;activation de TLS : le réintégrer, ou le cloner de nouveau).</translation>
    </message>
    <message>
        <source>the certificate file is readable</source>
        <translation>le fichier de certificat est lisible</translation>
    </message>
    <message>
        <source>The certificate file is missing or unreadable as postgres.</source>
        <translation>Le fichier de certificat est absent ou illisible pour postgres.</translation>
    </message>
    <message>
        <source>serves %1 (until %2)</source>
        <translation>présente %1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>no certificate verified by the cluster CA on %1</source>
        <translation>aucun certificat vérifié par l&apos;AC du cluster sur %1</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>présente %1</translation>
    </message>
    <message>
        <source>PostgreSQL kept its earlier certificate: the reload found a key that does not match the certificate, or could not read the files. Its log says which; run renew-certs again.</source>
        <translation>PostgreSQL a gardé son ancien certificat : le rechargement a trouvé une clé qui ne correspond pas au certificat, ou n&apos;a pas pu lire les fichiers. Son journal indique la cause ; relancer renew-certs.</translation>
    </message>
    <message>
        <source>%1 serves the certificate in its file, signed by the cluster CA</source>
        <translation>%1 présente le certificat de son fichier, signé par l&apos;AC du cluster</translation>
    </message>
    <message>
        <source>Renew the nodes&apos; TLS certificates</source>
        <translation>Renouveler les certificats TLS des nœuds</translation>
    </message>
    <message>
        <source>Every node gets a new key and a new certificate from the cluster CA, valid %1 days, in %2 and %3; PostgreSQL reloads them. Open connections keep going, new ones see the new certificate, nothing restarts.</source>
        <translation>Chaque nœud reçoit une nouvelle clé et un nouveau certificat de l&apos;AC du cluster, valable %1 jours, dans %2 et %3 ; PostgreSQL les recharge. Les connexions ouvertes continuent, les nouvelles voient le nouveau certificat, rien ne redémarre.</translation>
    </message>
    <message>
        <source>Install the new certificate and reload PostgreSQL</source>
        <translation>Installer le nouveau certificat et recharger PostgreSQL</translation>
    </message>
    <message>
        <source>The new certificates are kept under their pending keys: run renew-certs again to finish.</source>
        <translation>Les nouveaux certificats restent sous leurs clés provisoires : relancez renew-certs pour terminer.</translation>
    </message>
    <message>
        <source>Write the new key %1</source>
        <translation>Écrire la nouvelle clé %1</translation>
    </message>
    <message>
        <source>Write the new certificate %1</source>
        <translation>Écrire le nouveau certificat %1</translation>
    </message>
    <message>
        <source>Reload PostgreSQL&apos;s configuration (its TLS files with it)</source>
        <translation>Recharger la configuration de PostgreSQL (et avec elle ses fichiers TLS)</translation>
    </message>
    <message>
        <source>Install the node&apos;s TLS certificate and the cluster CA</source>
        <translation>Installer le certificat TLS du nœud et l&apos;AC du cluster</translation>
    </message>
    <message>
        <source>A certificate file could not be written: are the cluster CA and the node&apos;s certificate in the keychain?</source>
        <translation>Un fichier de certificat n&apos;a pas pu être écrit : l&apos;AC du cluster et le certificat du nœud sont-ils dans le trousseau ?</translation>
    </message>
    <message>
        <source>Write %1 (%2)</source>
        <translation>Écrire %1 (%2)</translation>
    </message>
    <message>
        <source>This cluster was adopted and is not converged yet (phases converged: %1): run phases 1 to 4 first, each after its preview. Phase 5 stops the primary, and until phase 4 has run the cluster&apos;s own HAProxy and Keepalived may not follow the new one.</source>
        <translation>Ce cluster a été adopté et n&apos;est pas encore aligné (phases alignées : %1) : exécuter d&apos;abord les phases 1 à 4, chacune après son aperçu. La phase 5 arrête le primaire, et tant que la phase 4 n&apos;a pas été exécutée, HAProxy et Keepalived du cluster risquent de ne pas suivre le nouveau primaire.</translation>
    </message>
    <message>
        <source>This cluster was adopted: pgpilot converges it one phase at a time, in order, so that each phase finds what the ones before it set up. Phase %1 has not converged yet: preview and run it first.</source>
        <translation>Ce cluster a été adopté : pgpilot l&apos;aligne une phase à la fois, dans l&apos;ordre, pour que chaque phase trouve ce que les précédentes ont mis en place. La phase %1 n&apos;est pas encore alignée : en afficher d&apos;abord l&apos;aperçu, puis l&apos;exécuter.</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node; only the primary may wait for its restart</source>
        <translation>wal_level vaut replica et repmgr figure dans shared_preload_libraries sur chaque nœud ; seul le primaire peut attendre son redémarrage</translation>
    </message>
    <message>
        <source> (the primary: restarted by the switchover at the end of phase 4)</source>
        <translation> (le primaire : redémarré par le switchover à la fin de la phase 4)</translation>
    </message>
    <message>
        <source>pgpilot&apos;s configuration drop-in (settings the cluster&apos;s postgresql.conf would override are commented out), client authentication, the postgres user&apos;s password file, then the standbys restarted one at a time; the primary is restarted by a switchover at the end of phase 4.</source>
        <translation>Le fichier drop-in de configuration de pgpilot (les paramètres du postgresql.conf du cluster qui le remplaceraient sont mis en commentaire), l&apos;authentification des clients, le fichier de mots de passe de l&apos;utilisateur postgres, puis les standbys redémarrés un par un ; le primaire est redémarré par un switchover à la fin de la phase 4.</translation>
    </message>
    <message>
        <source>Comment out postgresql.conf settings that would override the drop-in</source>
        <translation>Mettre en commentaire les paramètres de postgresql.conf qui remplaceraient le fichier drop-in</translation>
    </message>
    <message>
        <source>postgresql.conf could not be rewritten as postgres: check that postgres owns it.</source>
        <translation>postgresql.conf n&apos;a pas pu être réécrit en tant que postgres : vérifier que postgres en est propriétaire.</translation>
    </message>
    <message>
        <source>Comment out the overriding lines of %1 (#pgpilot: prefix)</source>
        <translation>Mettre en commentaire les lignes de %1 qui l&apos;emportent (préfixe #pgpilot:)</translation>
    </message>
    <message>
        <source>Refuse to lower a setting a standby must keep at least at the primary&apos;s value</source>
        <translation>Refuser d&apos;abaisser un paramètre qu&apos;un standby doit garder au moins à la valeur du primaire</translation>
    </message>
    <message>
        <source>Restart the standbys one at a time with the new settings</source>
        <translation>Redémarrer les standbys un par un avec les nouveaux paramètres</translation>
    </message>
    <message>
        <source>The standby did not come back or does not stream: see journalctl -u %1 and the server log; the primary and the other standbys were not touched.</source>
        <translation>Le standby n&apos;est pas revenu ou ne réplique pas en flux : voir journalctl -u %1 et le journal du serveur ; le primaire et les autres standbys n&apos;ont pas été touchés.</translation>
    </message>
    <message>
        <source>Check that repmgr knows each node by the id pgpilot&apos;s repmgr.conf gives it</source>
        <translation>Vérifier que repmgr connaît chaque nœud sous l&apos;identifiant que lui donne le repmgr.conf de pgpilot</translation>
    </message>
    <message>
        <source>Put the worksheet&apos;s nodes in the order of their repmgr node ids (1, 2, 3 ...), or leave repmgr.conf as it is: pgpilot cannot renumber repmgr&apos;s nodes.</source>
        <translation>Ranger les nœuds de la feuille de travail dans l&apos;ordre de leurs identifiants de nœud repmgr (1, 2, 3 ...), ou laisser repmgr.conf tel quel : pgpilot ne peut pas renuméroter les nœuds de repmgr.</translation>
    </message>
    <message>
        <source>repmgr&apos;s node id for %1 must be %2</source>
        <translation>L&apos;identifiant de nœud repmgr de %1 doit être %2</translation>
    </message>
    <message>
        <source>The script could not be written: check that /usr/local/lib is writable.</source>
        <translation>Le script n&apos;a pas pu être écrit : vérifier que /usr/local/lib est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 must already be a registered standby</source>
        <translation>%1 doit déjà être un standby enregistré</translation>
    </message>
    <message>
        <source>pgpilot: %1 is not an active standby in repmgr.nodes; a converge does not clone over its data: register it (repmgr standby register) or add it again with pgpilot add-standby</source>
        <translation>pgpilot: %1 n&apos;est pas un standby actif dans repmgr.nodes ; un alignement n&apos;écrase pas ses données par un clonage : l&apos;enregistrer (repmgr standby register) ou l&apos;ajouter à nouveau avec pgpilot add-standby</translation>
    </message>
    <message>
        <source>Stop every repmgrd not run by %1 (and disable its unit)</source>
        <translation>Arrêter tout repmgrd qui n&apos;est pas lancé par %1 (et désactiver son unité)</translation>
    </message>
    <message>
        <source>repmgrd outside %1</source>
        <translation>repmgrd en dehors de %1</translation>
    </message>
    <message>
        <source>%1 on the primary (by switchover to %2)</source>
        <translation>%1 sur le primaire (par switchover vers %2)</translation>
    </message>
    <message>
        <source>Restart the primary with the new settings: switch over to %1</source>
        <translation>Redémarrer le primaire avec les nouveaux paramètres : switchover vers %1</translation>
    </message>
    <message>
        <source>The switchover did not complete: run &apos;repmgr cluster show&apos; on %1 and check which node is primary before anything else.</source>
        <translation>Le switchover n&apos;a pas abouti : avant toute autre chose, exécuter &apos;repmgr cluster show&apos; sur %1 et vérifier quel nœud est primaire.</translation>
    </message>
    <message>
        <source>Stop and disable %1, which answers on port %2 today</source>
        <translation>Arrêter et désactiver %1, qui répond actuellement sur le port %2</translation>
    </message>
    <message>
        <source>Configure Keepalived on %1 (after the switchover)</source>
        <translation>Configurer Keepalived sur %1 (après le switchover)</translation>
    </message>
    <message>
        <source>Install the health script repmgr&apos;s commands call</source>
        <translation>Installer le script de contrôle qu&apos;appellent les commandes de repmgr</translation>
    </message>
    <message>
        <source>If this node is the primary: write a marker row for the restore drill</source>
        <translation>Si ce nœud est le primaire : écrire une ligne témoin pour l&apos;exercice de restauration</translation>
    </message>
    <message>
        <source>Write a marker row on the primary</source>
        <translation>Écrire une ligne témoin sur le primaire</translation>
    </message>
    <message>
        <source>The marker row could not be written: is there a writable primary?</source>
        <translation>La ligne témoin n&apos;a pas pu être écrite : y a-t-il un primaire accessible en écriture ?</translation>
    </message>
    <message>
        <source>%1 backup of cluster %2</source>
        <translation>Sauvegarde (%1) du cluster %2</translation>
    </message>
    <message>
        <source>pgBackRest takes a %1 backup on %2, its files copied from a standby.</source>
        <translation>pgBackRest prend une sauvegarde de type %1 sur %2, ses fichiers étant copiés depuis un secondaire.</translation>
    </message>
    <message>
        <source>The stanza answers, no backup runs, and the repository has room</source>
        <translation>La stanza répond, aucune sauvegarde ne tourne et le dépôt a de la place</translation>
    </message>
    <message>
        <source>no answer from pgbackrest info: %1</source>
        <translation>pas de réponse de pgbackrest info : %1</translation>
    </message>
    <message>
        <source>status %1 (%2)%3; %4 MB free in the repository, the newest full backup takes %5 MB</source>
        <translation>état %1 (%2)%3 ; %4 Mo libres dans le dépôt, la sauvegarde complète la plus récente occupe %5 Mo</translation>
    </message>
    <message>
        <source>, a backup is running</source>
        <translation>, une sauvegarde est en cours</translation>
    </message>
    <message>
        <source>stanza ok, no backup running, free &gt;= 1.2 x the newest full backup</source>
        <translation>stanza ok, aucune sauvegarde en cours, libre &gt;= 1,2 x la sauvegarde complète la plus récente</translation>
    </message>
    <message>
        <source>Wait for the running backup to finish (pgbackrest info on the repository host).</source>
        <translation>Attendre la fin de la sauvegarde en cours (pgbackrest info sur l&apos;hôte du dépôt).</translation>
    </message>
    <message>
        <source>Free space in the repository (or lower the retention), or repair the stanza: read pgbackrest info there.</source>
        <translation>Libérer de la place dans le dépôt (ou réduire la rétention), ou réparer la stanza : y lire pgbackrest info.</translation>
    </message>
    <message>
        <source>pgbackrest backup --type=%1</source>
        <translation>pgbackrest backup --type=%1</translation>
    </message>
    <message>
        <source>pgbackrest backup --type=%1 (files from a standby)</source>
        <translation>pgbackrest backup --type=%1 (fichiers depuis un secondaire)</translation>
    </message>
    <message>
        <source>The backup failed: read pgBackRest&apos;s message; the repository keeps its earlier backups.</source>
        <translation>La sauvegarde a échoué : lire le message de pgBackRest ; le dépôt garde ses sauvegardes antérieures.</translation>
    </message>
    <message>
        <source>The newest backup is the one just taken, without error</source>
        <translation>La sauvegarde la plus récente est celle qui vient d&apos;être prise, sans erreur</translation>
    </message>
    <message>
        <source>a new %1 backup</source>
        <translation>une nouvelle sauvegarde de type %1</translation>
    </message>
    <message>
        <source>no backup in the repository</source>
        <translation>aucune sauvegarde dans le dépôt</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s log on the repository host.</source>
        <translation>Lire le journal de pgBackRest sur l&apos;hôte du dépôt.</translation>
    </message>
    <message>
        <source>a %1 backup that ended in the last 15 minutes, without error</source>
        <translation>une sauvegarde de type %1 terminée dans les 15 dernières minutes, sans erreur</translation>
    </message>
    <message>
        <source>%1 (%2): %3 MB of data in %4 s (%5 MB/s), %6 MB stored, ended %7 s ago</source>
        <translation>%1 (%2) : %3 Mo de données en %4 s (%5 Mo/s), %6 Mo stockés, terminée il y a %7 s</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s log on the repository host (/var/log/pgbackrest).</source>
        <translation>Lire le journal de pgBackRest sur l&apos;hôte du dépôt (/var/log/pgbackrest).</translation>
    </message>
    <message>
        <source>Restore drill of cluster %1</source>
        <translation>Exercice de restauration du cluster %1</translation>
    </message>
    <message>
        <source>A marker row on the primary and a WAL switch that archives it; then the newest backup and every archived segment are restored into a scratch cluster on %1, started, searched for the marker, and removed.</source>
        <translation>Une ligne témoin sur le primaire et un changement de segment WAL qui l&apos;archive ; puis la sauvegarde la plus récente et chaque segment archivé sont restaurés dans un cluster temporaire sur %1, qui est démarré, examiné à la recherche du témoin, puis supprimé.</translation>
    </message>
    <message>
        <source>The repository holds a backup to restore</source>
        <translation>Le dépôt contient une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>status 0, at least one backup</source>
        <translation>état 0, au moins une sauvegarde</translation>
    </message>
    <message>
        <source>status %1, %2 backup(s)</source>
        <translation>état %1, %2 sauvegarde(s)</translation>
    </message>
    <message>
        <source>Take a backup first: pgpilot backup --type full.</source>
        <translation>Prendre d&apos;abord une sauvegarde : pgpilot backup --type full.</translation>
    </message>
    <message>
        <source>Archive the WAL that holds the marker (pgbackrest check)</source>
        <translation>Archiver le WAL qui contient le témoin (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check: a WAL switch on the primary reaches the repository</source>
        <translation>pgbackrest check : un changement de segment WAL sur le primaire atteint le dépôt</translation>
    </message>
    <message>
        <source>pgbackrest check failed: archiving does not work, so the drill could not find the marker. Read its message.</source>
        <translation>pgbackrest check a échoué : l&apos;archivage ne fonctionne pas, l&apos;exercice n&apos;a donc pas pu trouver le témoin. Lire son message.</translation>
    </message>
    <message>
        <source>The same pgBackRest version on every host</source>
        <translation>La même version de pgBackRest sur chaque hôte</translation>
    </message>
    <message>
        <source>The same pgBackRest version on the repository host and every node that answers</source>
        <translation>La même version de pgBackRest sur l&apos;hôte du dépôt et sur chaque nœud qui répond</translation>
    </message>
    <message>
        <source>the same version, when it answers</source>
        <translation>la même version, s&apos;il répond</translation>
    </message>
    <message>
        <source>not reached (%1): left out</source>
        <translation>non atteint (%1) : ignoré</translation>
    </message>
    <message>
        <source>pgBackRest installed</source>
        <translation>pgBackRest installé</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>non installé (%1)</translation>
    </message>
    <message>
        <source>pgBackRest refuses to talk to another version: install the same release on every host.</source>
        <translation>pgBackRest refuse de dialoguer avec une autre version : installer la même version sur chaque hôte.</translation>
    </message>
    <message>
        <source>Restore drill: the newest backup and every archived WAL segment restore on %1, with the newest marker row</source>
        <translation>Exercice de restauration : la sauvegarde la plus récente et chaque segment WAL archivé se restaurent sur %1, avec la ligne témoin la plus récente</translation>
    </message>
    <message>
        <source>Restore drill: the newest backup restores on %1 and holds the marker row written before it</source>
        <translation>Exercice de restauration : la sauvegarde la plus récente se restaure sur %1 et contient la ligne témoin écrite avant elle</translation>
    </message>
    <message>
        <source>the drill reports a result</source>
        <translation>l&apos;exercice rend un résultat</translation>
    </message>
    <message>
        <source>Run %1 on the repository host by hand and read its output.</source>
        <translation>Exécuter %1 à la main sur l&apos;hôte du dépôt et lire sa sortie.</translation>
    </message>
    <message>
        <source>the backup restores and starts</source>
        <translation>la sauvegarde se restaure et démarre</translation>
    </message>
    <message>
        <source>Read the message; the scratch cluster was removed.</source>
        <translation>Lire le message ; le cluster temporaire a été supprimé.</translation>
    </message>
    <message>
        <source>a marker row older than the backup</source>
        <translation>une ligne témoin plus ancienne que la sauvegarde</translation>
    </message>
    <message>
        <source>No marker row precedes this backup (a repository pgpilot did not fill?): take a full backup with pgpilot backup --type full, then check again.</source>
        <translation>Aucune ligne témoin ne précède cette sauvegarde (un dépôt que pgpilot n&apos;a pas rempli ?) : prendre une sauvegarde complète avec pgpilot backup --type full, puis revérifier.</translation>
    </message>
    <message>
        <source>marker %1 in the restored copy</source>
        <translation>témoin %1 dans la copie restaurée</translation>
    </message>
    <message>
        <source>The restored copy lacks a row the primary committed before the backup: do not rely on these backups; read the drill&apos;s output and pgBackRest&apos;s log.</source>
        <translation>Il manque à la copie restaurée une ligne que le primaire a validée avant la sauvegarde : ne pas se fier à ces sauvegardes ; lire la sortie de l&apos;exercice et le journal de pgBackRest.</translation>
    </message>
    <message>
        <source>Restore cluster %1 to %2</source>
        <translation>Restaurer le cluster %1 à %2</translation>
    </message>
    <message>
        <source>%1 is after the oldest backup and in the past</source>
        <translation>%1 est postérieur à la plus ancienne sauvegarde et dans le passé</translation>
    </message>
    <message>
        <source>a backup that ended before %1</source>
        <translation>une sauvegarde terminée avant %1</translation>
    </message>
    <message>
        <source>The repository holds nothing to restore from.</source>
        <translation>Le dépôt ne contient rien à partir de quoi restaurer.</translation>
    </message>
    <message>
        <source>the repository reaches from %1 (end of the oldest backup, %2 backups) on; now is %3</source>
        <translation>le dépôt couvre à partir de %1 (fin de la plus ancienne sauvegarde, %2 sauvegardes) ; il est maintenant %3</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>The oldest recoverable point is %1 (retention expired what came before). Nothing was touched; choose a later time.</source>
        <translation>Le plus ancien point restaurable est %1 (la rétention a fait expirer ce qui précédait). Rien n&apos;a été touché ; choisir un instant plus tardif.</translation>
    </message>
    <message>
        <source>before now (%1)</source>
        <translation>antérieur à maintenant (%1)</translation>
    </message>
    <message>
        <source>%1 is in the future on the repository host&apos;s clock. Nothing was touched.</source>
        <translation>%1 est dans le futur selon l&apos;horloge de l&apos;hôte du dépôt. Rien n&apos;a été touché.</translation>
    </message>
    <message>
        <source>between %1 and now</source>
        <translation>entre %1 et maintenant</translation>
    </message>
    <message>
        <source>Archive the WAL the primary has not archived yet (pgbackrest check)</source>
        <translation>Archiver le WAL que le primaire n&apos;a pas encore archivé (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check (a primary that does not answer is no obstacle)</source>
        <translation>pgbackrest check (un primaire qui ne répond pas n&apos;est pas un obstacle)</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s message.</source>
        <translation>Lire le message de pgBackRest.</translation>
    </message>
    <message>
        <source>Rehearse: restore to %1 in a scratch cluster on %2</source>
        <translation>Répétition : restauration à %1 dans un cluster temporaire sur %2</translation>
    </message>
    <message>
        <source>pgpilot-restore-drill --mode time (nothing on the cluster changes)</source>
        <translation>pgpilot-restore-drill --mode time (rien ne change sur le cluster)</translation>
    </message>
    <message>
        <source>The repository cannot bring the cluster to %1, so nothing on the cluster was touched. &quot;recovery ended before configured recovery target was reached&quot; means it holds no transaction after that time (the archive ends earlier, or nothing was committed after it): choose an earlier time.</source>
        <translation>Le dépôt ne peut pas amener le cluster à %1 : rien n&apos;a donc été touché sur le cluster. « recovery ended before configured recovery target was reached » signifie qu&apos;il ne contient aucune transaction après cet instant (l&apos;archive se termine avant, ou rien n&apos;a été validé après) : choisir un instant antérieur.</translation>
    </message>
    <message>
        <source>systemctl stop %1</source>
        <translation>systemctl stop %1</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the standbys</source>
        <translation>Arrêter PostgreSQL sur les secondaires</translation>
    </message>
    <message>
        <source>If this node is a standby: stop PostgreSQL</source>
        <translation>Si ce nœud est un secondaire : arrêter PostgreSQL</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on the primary</source>
        <translation>Arrêter PostgreSQL sur le primaire</translation>
    </message>
    <message>
        <source>Restore %1 to %2 and promote it</source>
        <translation>Restaurer %1 à %2 et le promouvoir</translation>
    </message>
    <message>
        <source>pgbackrest restore --type=time --delta (PostgreSQL is stopped)</source>
        <translation>pgbackrest restore --type=time --delta (PostgreSQL est arrêté)</translation>
    </message>
    <message>
        <source>Start PostgreSQL: it replays up to the time and promotes</source>
        <translation>Démarrer PostgreSQL : il rejoue jusqu&apos;à l&apos;instant visé et se promeut</translation>
    </message>
    <message>
        <source>Wait (at most 60 min) until recovery has ended</source>
        <translation>Attendre (60 min au plus) la fin de la récupération</translation>
    </message>
    <message>
        <source>still in recovery after 60 min: see /var/log/postgresql/postgresql-%1-main.log</source>
        <translation>toujours en récupération après 60 min : voir /var/log/postgresql/postgresql-%1-main.log</translation>
    </message>
    <message>
        <source>Remove the recovery target and the standby settings from postgresql.auto.conf</source>
        <translation>Retirer la cible de récupération et les paramètres de secondaire de postgresql.auto.conf</translation>
    </message>
    <message>
        <source>Restart PostgreSQL so that nothing waits for a restart</source>
        <translation>Redémarrer PostgreSQL pour que rien n&apos;attende de redémarrage</translation>
    </message>
    <message>
        <source>Wait (at most 120 s) until it answers as a primary</source>
        <translation>Attendre (120 s au plus) qu&apos;il réponde comme primaire</translation>
    </message>
    <message>
        <source>the restored primary does not answer after its restart</source>
        <translation>le primaire restauré ne répond pas après son redémarrage</translation>
    </message>
    <message>
        <source>repmgr primary register --force (the restored records name the old roles)</source>
        <translation>repmgr primary register --force (les enregistrements restaurés indiquent les anciens rôles)</translation>
    </message>
    <message>
        <source>The restore or the promotion failed on %1: read the message and the server log; the other nodes are stopped and untouched.</source>
        <translation>La restauration ou la promotion a échoué sur %1 : lire le message et le journal du serveur ; les autres nœuds sont arrêtés et intacts.</translation>
    </message>
    <message>
        <source>Clone from the restored primary (repmgr standby clone --fast-checkpoint)</source>
        <translation>Cloner depuis le primaire restauré (repmgr standby clone --fast-checkpoint)</translation>
    </message>
    <message>
        <source>Clone the other nodes from the restored primary</source>
        <translation>Cloner les autres nœuds depuis le primaire restauré</translation>
    </message>
    <message>
        <source>A clone failed: the restored primary runs; rerun the clone with pgpilot rejoin NODE --reclone.</source>
        <translation>Un clonage a échoué : le primaire restauré tourne ; relancer le clonage avec pgpilot rejoin NŒUD --reclone.</translation>
    </message>
    <message>
        <source>systemctl start %1</source>
        <translation>systemctl start %1</translation>
    </message>
    <message>
        <source>Wait until the VIP&apos;s port %1 reaches the restored primary</source>
        <translation>Attendre que le port %1 de la VIP atteigne le primaire restauré</translation>
    </message>
    <message>
        <source>Wait (at most 120 s)</source>
        <translation>Attendre (120 s au plus)</translation>
    </message>
    <message>
        <source>Check Keepalived and HAProxy on %1.</source>
        <translation>Vérifier Keepalived et HAProxy sur %1.</translation>
    </message>
    <message>
        <source>Take a full backup of the new timeline</source>
        <translation>Prendre une sauvegarde complète de la nouvelle timeline</translation>
    </message>
    <message>
        <source>The cluster is restored and serves; only the new full backup failed: run pgpilot backup --type full.</source>
        <translation>Le cluster est restauré et en service ; seule la nouvelle sauvegarde complète a échoué : lancer pgpilot backup --type full.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>pgBackRest on every node and on the repository host %1: WAL archived there, the stanza created and checked, a first full backup copied from a standby, the schedule installed, and a restore drill on %1 proving the backup restores.</source>
        <translation>pgBackRest sur chaque nœud et sur l&apos;hôte du dépôt %1 : le WAL y est archivé, la stanza créée et vérifiée, une première sauvegarde complète copiée depuis un secondaire, la planification installée, et un exercice de restauration sur %1 prouve que la sauvegarde se restaure.</translation>
    </message>
    <message>
        <source>pgpilot: systemd does not understand the schedule &quot;%1&quot;: correct it in the worksheet&apos;s backup section</source>
        <translation>pgpilot: systemd ne comprend pas la planification « %1 » : la corriger dans la section des sauvegardes de la fiche</translation>
    </message>
    <message>
        <source>Check the repository host %1 (release, schedules)</source>
        <translation>Vérifier l&apos;hôte du dépôt %1 (version du système, planifications)</translation>
    </message>
    <message>
        <source>Compare its release with the nodes&apos; and check the schedules</source>
        <translation>Comparer sa version du système avec celle des nœuds et vérifier les planifications</translation>
    </message>
    <message>
        <source>The repository host is not ready: read the message, correct the host or the worksheet.</source>
        <translation>L&apos;hôte du dépôt n&apos;est pas prêt : lire le message, corriger l&apos;hôte ou la fiche.</translation>
    </message>
    <message>
        <source>Configure the package source on %1</source>
        <translation>Configurer la source de paquets sur %1</translation>
    </message>
    <message>
        <source>The package source could not be set up on the repository host: check its access to the repository (proxy, firewall, mirror URL).</source>
        <translation>La source de paquets n&apos;a pas pu être configurée sur l&apos;hôte du dépôt : vérifier son accès au dépôt de paquets (proxy, pare-feu, URL du miroir).</translation>
    </message>
    <message>
        <source>apt-get install pgbackrest</source>
        <translation>apt-get install pgbackrest</translation>
    </message>
    <message>
        <source>Tell postgresql-common not to create a main cluster on this host</source>
        <translation>Indiquer à postgresql-common de ne pas créer de cluster « main » sur cet hôte</translation>
    </message>
    <message>
        <source>Install pgBackRest</source>
        <translation>Installer pgBackRest</translation>
    </message>
    <message>
        <source>apt-get failed: read its output; the package source, a held lock or no access to the repository are the usual causes.</source>
        <translation>apt-get a échoué : lire sa sortie ; la source de paquets, un verrou détenu ou l&apos;absence d&apos;accès au dépôt de paquets sont les causes habituelles.</translation>
    </message>
    <message>
        <source>Create the pgbackrest account and the repository %1</source>
        <translation>Créer le compte pgbackrest et le dépôt %1</translation>
    </message>
    <message>
        <source>Write the account&apos;s SSH key (0600)</source>
        <translation>Écrire la clé SSH du compte (0600)</translation>
    </message>
    <message>
        <source>Write the hosts&apos; SSH keys</source>
        <translation>Écrire les clés SSH des hôtes</translation>
    </message>
    <message>
        <source>Create the pgbackrest account and repository on %1</source>
        <translation>Créer le compte pgbackrest et le dépôt sur %1</translation>
    </message>
    <message>
        <source>The account or the repository directory could not be created: read the message.</source>
        <translation>Le compte ou le dossier du dépôt n&apos;a pas pu être créé : lire le message.</translation>
    </message>
    <message>
        <source>Let the nodes&apos; postgres run pgBackRest on %1</source>
        <translation>Permettre au postgres des nœuds d&apos;exécuter pgBackRest sur %1</translation>
    </message>
    <message>
        <source>Authorize postgres&apos;s key for pgbackrest only, from the nodes&apos; addresses</source>
        <translation>Autoriser la clé de postgres pour pgbackrest seulement, depuis les adresses des nœuds</translation>
    </message>
    <message>
        <source>authorized_keys could not be written as pgbackrest: check its home directory.</source>
        <translation>authorized_keys n&apos;a pas pu être écrit en tant que pgbackrest : vérifier son dossier personnel.</translation>
    </message>
    <message>
        <source>Authorize the repository host&apos;s key for pgbackrest only, from %1</source>
        <translation>Autoriser la clé de l&apos;hôte du dépôt pour pgbackrest seulement, depuis %1</translation>
    </message>
    <message>
        <source>Let the repository host run pgBackRest on the nodes as postgres</source>
        <translation>Permettre à l&apos;hôte du dépôt d&apos;exécuter pgBackRest sur les nœuds en tant que postgres</translation>
    </message>
    <message>
        <source>authorized_keys could not be written as postgres: check ~postgres.</source>
        <translation>authorized_keys n&apos;a pas pu être écrit en tant que postgres : vérifier ~postgres.</translation>
    </message>
    <message>
        <source>Give postgres the repository host&apos;s SSH address and key</source>
        <translation>Donner à postgres l&apos;adresse SSH et la clé de l&apos;hôte du dépôt</translation>
    </message>
    <message>
        <source>The file could not be written as postgres: check that %1 belongs to postgres.</source>
        <translation>Le fichier n&apos;a pas pu être écrit en tant que postgres : vérifier que %1 appartient à postgres.</translation>
    </message>
    <message>
        <source>Create the spool directory for asynchronous archiving</source>
        <translation>Créer le dossier de spool pour l&apos;archivage asynchrone</translation>
    </message>
    <message>
        <source>Write %1 (0640)</source>
        <translation>Écrire %1 (0640)</translation>
    </message>
    <message>
        <source>No encryption: remove %1</source>
        <translation>Pas de chiffrement : supprimer %1</translation>
    </message>
    <message>
        <source>Write the repository&apos;s encryption settings (0640)</source>
        <translation>Écrire les paramètres de chiffrement du dépôt (0640)</translation>
    </message>
    <message>
        <source>Write pgBackRest&apos;s configuration</source>
        <translation>Écrire la configuration de pgBackRest</translation>
    </message>
    <message>
        <source>A configuration file could not be written: read the message.</source>
        <translation>Un fichier de configuration n&apos;a pas pu être écrit : lire le message.</translation>
    </message>
    <message>
        <source>Archive WAL through pgBackRest (archive_command, restore_command)</source>
        <translation>Archiver le WAL via pgBackRest (archive_command, restore_command)</translation>
    </message>
    <message>
        <source>The drop-in or repmgr.conf could not be written, or PostgreSQL refused the reload: see the server log.</source>
        <translation>Le fichier complémentaire ou repmgr.conf n&apos;a pas pu être écrit, ou PostgreSQL a refusé le rechargement : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>If a standby: restart it and wait until it streams again</source>
        <translation>Si c&apos;est un secondaire : le redémarrer et attendre qu&apos;il diffuse de nouveau</translation>
    </message>
    <message>
        <source>Restart the standbys one at a time if archive_mode changed</source>
        <translation>Redémarrer les secondaires un par un si archive_mode a changé</translation>
    </message>
    <message>
        <source>The standby did not come back or does not stream: see journalctl -u %1 and the server log.</source>
        <translation>Le secondaire n&apos;est pas revenu ou ne diffuse pas : voir journalctl -u %1 et le journal du serveur.</translation>
    </message>
    <message>
        <source>Restart the primary if archive_mode changed: a switchover to a standby</source>
        <translation>Redémarrer le primaire si archive_mode a changé : une bascule vers un secondaire</translation>
    </message>
    <message>
        <source>The switchover did not complete: run &apos;repmgr cluster show&apos; and check which node is primary before anything else.</source>
        <translation>La bascule n&apos;a pas abouti : avant toute autre chose, exécuter &apos;repmgr cluster show&apos; et vérifier quel nœud est primaire.</translation>
    </message>
    <message>
        <source>Create the stanza %1</source>
        <translation>Créer la stanza %1</translation>
    </message>
    <message>
        <source>pgbackrest stanza-create (kept when it exists and matches)</source>
        <translation>pgbackrest stanza-create (conservée si elle existe et correspond)</translation>
    </message>
    <message>
        <source>stanza-create failed: read its message; a node pgBackRest cannot reach over SSH, or a repository that holds another cluster&apos;s stanza, are the usual causes.</source>
        <translation>stanza-create a échoué : lire son message ; un nœud que pgBackRest ne peut pas joindre en SSH, ou un dépôt qui contient la stanza d&apos;un autre cluster, sont les causes habituelles.</translation>
    </message>
    <message>
        <source>Check archiving end to end (pgbackrest check)</source>
        <translation>Vérifier l&apos;archivage de bout en bout (pgbackrest check)</translation>
    </message>
    <message>
        <source>pgbackrest check failed: read its message (archive_command, SSH from the primary to the repository host, the repository&apos;s free space).</source>
        <translation>pgbackrest check a échoué : lire son message (archive_command, SSH du primaire vers l&apos;hôte du dépôt, espace libre du dépôt).</translation>
    </message>
    <message>
        <source>Take the first full backup</source>
        <translation>Prendre la première sauvegarde complète</translation>
    </message>
    <message>
        <source>The backup failed: read its message (a standby that does not answer, the repository&apos;s free space, a lock held by a running backup).</source>
        <translation>La sauvegarde a échoué : lire son message (un secondaire qui ne répond pas, l&apos;espace libre du dépôt, un verrou détenu par une sauvegarde en cours).</translation>
    </message>
    <message>
        <source>Enable and start the timers</source>
        <translation>Activer et démarrer les timers</translation>
    </message>
    <message>
        <source>Install the backup schedule, the restore drill and the status script</source>
        <translation>Installer la planification des sauvegardes, l&apos;exercice de restauration et le script d&apos;état</translation>
    </message>
    <message>
        <source>archive_mode is on and archive_command is pgBackRest&apos;s on every node</source>
        <translation>archive_mode est actif et archive_command est celui de pgBackRest sur chaque nœud</translation>
    </message>
    <message>
        <source>The drop-in is not read, another file overrides archive_command, or PostgreSQL still waits for a restart.</source>
        <translation>Le fichier complémentaire n&apos;est pas lu, un autre fichier écrase archive_command, ou PostgreSQL attend encore un redémarrage.</translation>
    </message>
    <message>
        <source>The primary&apos;s archiver has archived a segment and its last attempt succeeded</source>
        <translation>L&apos;archiveur du primaire a archivé un segment et sa dernière tentative a réussi</translation>
    </message>
    <message>
        <source>a standby: archives once promoted</source>
        <translation>un secondaire : archive une fois promu</translation>
    </message>
    <message>
        <source>&gt;= 1 segment archived, the last attempt successful</source>
        <translation>&gt;= 1 segment archivé, la dernière tentative réussie</translation>
    </message>
    <message>
        <source>%1 archived (last %2), %3 failed%4</source>
        <translation>%1 archivés (dernier %2), %3 en échec%4</translation>
    </message>
    <message>
        <source>, the last attempt failed</source>
        <translation>, la dernière tentative a échoué</translation>
    </message>
    <message>
        <source>archive-push fails: see the server log and /var/log/pgbackrest on this node.</source>
        <translation>archive-push échoue : voir le journal du serveur et /var/log/pgbackrest sur ce nœud.</translation>
    </message>
    <message>
        <source>pgbackrest check passes</source>
        <translation>pgbackrest check réussit</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>code de sortie %1 : %2</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s message; /var/log/pgbackrest on the repository host has the details.</source>
        <translation>Lire le message de pgBackRest ; /var/log/pgbackrest sur l&apos;hôte du dépôt en donne le détail.</translation>
    </message>
    <message>
        <source>The repository holds a full backup without error</source>
        <translation>Le dépôt contient une sauvegarde complète sans erreur</translation>
    </message>
    <message>
        <source>status ok, &gt;= 1 full backup, the newest without error</source>
        <translation>état ok, &gt;= 1 sauvegarde complète, la plus récente sans erreur</translation>
    </message>
    <message>
        <source>status %1 (%2), %3 backups, %4 full</source>
        <translation>état %1 (%2), %3 sauvegardes, %4 complètes</translation>
    </message>
    <message>
        <source>Run pgpilot backup --type full, and read pgBackRest&apos;s log on the repository host.</source>
        <translation>Lancer pgpilot backup --type full, et lire le journal de pgBackRest sur l&apos;hôte du dépôt.</translation>
    </message>
    <message>
        <source>The backup timers are enabled and waiting</source>
        <translation>Les timers de sauvegarde sont activés et en attente</translation>
    </message>
    <message>
        <source>the end of the backup</source>
        <translation>la fin de la sauvegarde</translation>
    </message>
    <message>
        <source>backup %1 restored in %2 s, answering after %3 s; recovery point %4; marker %5 found (newest on the primary before it: %6)</source>
        <translation>sauvegarde %1 restaurée en %2 s, répond après %3 s ; point de restauration %4 ; ligne témoin %5 trouvée (la plus récente du primaire avant elle : %6)</translation>
    </message>
    <message>
        <source>Rehearses the restore on %1, then stops repmgrd, the health service and PostgreSQL on every node, restores %2 to %3 and promotes it, clones the other nodes from it, starts repmgrd again and takes a full backup of the new timeline.</source>
        <translation>Répète la restauration sur %1, puis arrête repmgrd, le service de santé et PostgreSQL sur chaque nœud, restaure %2 à %3 et le promeut, clone les autres nœuds depuis lui, redémarre repmgrd et prend une sauvegarde complète de la nouvelle timeline.</translation>
    </message>
    <message>
        <source>Stop repmgrd and the health service on every node</source>
        <translation>Arrêter repmgrd et le service de santé sur chaque nœud</translation>
    </message>
    <message>
        <source>The services could not be stopped: see systemctl status %1.</source>
        <translation>Les services n&apos;ont pas pu être arrêtés : voir systemctl status %1.</translation>
    </message>
    <message>
        <source>Start the health service and repmgrd on every node</source>
        <translation>Démarrer le service de santé et repmgrd sur chaque nœud</translation>
    </message>
    <message>
        <source>A service did not start: see journalctl -u %1 and -u %2.</source>
        <translation>Un service n&apos;a pas démarré : voir journalctl -u %1 et -u %2.</translation>
    </message>
    <message>
        <source>the nodes (mounted %1)</source>
        <translation>les nœuds (montage %1)</translation>
    </message>
    <message>
        <source>pgpilot-backup-run --type %1 (this node backs up if it is the first streaming standby)</source>
        <translation>pgpilot-backup-run --type %1 (ce nœud sauvegarde s&apos;il est le premier secondaire en streaming)</translation>
    </message>
    <message>
        <source>Every node&apos;s PostgreSQL answers (repmgr keeps the pause flag there) and its repmgrd runs</source>
        <translation>Le PostgreSQL de chaque nœud répond (repmgr y garde l&apos;indicateur de pause) et son repmgrd tourne</translation>
    </message>
    <message>
        <source>Start PostgreSQL on %1 first (or fence it): repmgr could not pause it, and it would fail over on its own while the others wait.</source>
        <translation>Démarrer d&apos;abord PostgreSQL sur %1 (ou l&apos;isoler) : repmgr n&apos;a pas pu le suspendre, et il basculerait de lui-même pendant que les autres attendent.</translation>
    </message>
    <message>
        <source>Start PostgreSQL on %1 first: repmgr could not resume it, and it would stay paused while the others fail over. To resume the other nodes now, run repmgr service unpause as postgres on one of them.</source>
        <translation>Démarrer d&apos;abord PostgreSQL sur %1 : repmgr n&apos;a pas pu le reprendre, et il resterait suspendu pendant que les autres basculent. Pour reprendre les autres nœuds maintenant, exécuter repmgr service unpause en tant que postgres sur l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>non suspendu</translation>
    </message>
    <message>
        <source>pause state unknown</source>
        <translation>état de pause inconnu</translation>
    </message>
    <message>
        <source>repmgrd running</source>
        <translation>repmgrd tourne</translation>
    </message>
    <message>
        <source>repmgrd %1, %2</source>
        <translation>repmgrd %1, %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Start repmgrd on %1 (systemctl start %2) and check again.</source>
        <translation>Démarrer repmgrd sur %1 (systemctl start %2) et vérifier de nouveau.</translation>
    </message>
    <message>
        <source>repmgr service %1 --dry-run on the primary reaches every node</source>
        <translation>repmgr service %1 --dry-run sur le primaire atteint chaque nœud</translation>
    </message>
    <message>
        <source>exit status 0, every node reached</source>
        <translation>code de sortie 0, chaque nœud atteint</translation>
    </message>
    <message>
        <source>every node reached</source>
        <translation>chaque nœud atteint</translation>
    </message>
    <message>
        <source>repmgr on %1 cannot connect to %2</source>
        <translation>repmgr sur %1 ne peut pas se connecter à %2</translation>
    </message>
    <message>
        <source>repmgr service %1 connects from the primary to every node with the conninfo in repmgr.conf: start PostgreSQL there or repair the network, then try again.</source>
        <translation>repmgr service %1 se connecte du primaire à chaque nœud avec le conninfo de repmgr.conf : y démarrer PostgreSQL ou réparer le réseau, puis réessayer.</translation>
    </message>
    <message>
        <source>a primary runs the dry run</source>
        <translation>un primaire exécute la simulation</translation>
    </message>
    <message>
        <source>no node answered as the primary</source>
        <translation>aucun nœud n&apos;a répondu comme primaire</translation>
    </message>
    <message>
        <source>No primary answers: a pause is recorded on the primary.</source>
        <translation>Aucun primaire ne répond : une pause est enregistrée sur le primaire.</translation>
    </message>
    <message>
        <source>repmgrd is paused on every node</source>
        <translation>repmgrd est suspendu sur chaque nœud</translation>
    </message>
    <message>
        <source>repmgrd runs unpaused on every node</source>
        <translation>repmgrd tourne sans pause sur chaque nœud</translation>
    </message>
    <message>
        <source>repmgrd running, paused</source>
        <translation>repmgrd tourne, suspendu</translation>
    </message>
    <message>
        <source>repmgrd running, not paused</source>
        <translation>repmgrd tourne, non suspendu</translation>
    </message>
    <message>
        <source>repmgrd %1, repmgrd_is_paused() %2</source>
        <translation>repmgrd %1, repmgrd_is_paused() %2</translation>
    </message>
    <message>
        <source>repmgr did not pause this node: run pgpilot pause again, or resume every node (pgpilot unpause) rather than leave them mixed.</source>
        <translation>repmgr n&apos;a pas suspendu ce nœud : relancer pgpilot pause, ou reprendre tous les nœuds (pgpilot unpause) plutôt que de les laisser dans des états mélangés.</translation>
    </message>
    <message>
        <source>repmgr did not resume this node: run pgpilot unpause again (and look at journalctl -u %1 there).</source>
        <translation>repmgr n&apos;a pas repris ce nœud : relancer pgpilot unpause (et consulter journalctl -u %1 sur ce nœud).</translation>
    </message>
    <message>
        <source>The window is recorded on the primary and still ahead</source>
        <translation>La fenêtre est enregistrée sur le primaire et encore à venir</translation>
    </message>
    <message>
        <source>No pause window is left open on the primary</source>
        <translation>Aucune fenêtre de pause ne reste ouverte sur le primaire</translation>
    </message>
    <message>
        <source>no window table</source>
        <translation>pas de table des fenêtres</translation>
    </message>
    <message>
        <source>no open window</source>
        <translation>aucune fenêtre ouverte</translation>
    </message>
    <message>
        <source>%1 open window(s), %2 s left</source>
        <translation>%1 fenêtre(s) ouverte(s), encore %2 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>one open window, still ahead</source>
        <translation>une fenêtre ouverte, encore à venir</translation>
    </message>
    <message>
        <source>The window could not be recorded in %1 on the primary: read the step&apos;s output.</source>
        <translation>La fenêtre n&apos;a pas pu être enregistrée dans %1 sur le primaire : lire la sortie de l&apos;étape.</translation>
    </message>
    <message>
        <source>the primary answers</source>
        <translation>le primaire répond</translation>
    </message>
    <message>
        <source>The window lives on the primary: is one running?</source>
        <translation>La fenêtre est conservée sur le primaire : en tourne-t-il un ?</translation>
    </message>
    <message>
        <source>Pause automatic failover of cluster %1</source>
        <translation>Suspendre le failover automatique du cluster %1</translation>
    </message>
    <message>
        <source>Resume automatic failover of cluster %1</source>
        <translation>Reprendre le failover automatique du cluster %1</translation>
    </message>
    <message>
        <source>Records the window (%1 minutes) on the primary, then repmgr service pause there pauses repmgrd on every node.</source>
        <translation>Enregistre la fenêtre (%1 minutes) sur le primaire, puis repmgr service pause y suspend repmgrd sur chaque nœud.</translation>
    </message>
    <message>
        <source>repmgr service unpause on the primary resumes repmgrd on every node, then the recorded window is closed.</source>
        <translation>repmgr service unpause sur le primaire reprend repmgrd sur chaque nœud, puis la fenêtre enregistrée est fermée.</translation>
    </message>
    <message>
        <source>Record the window on the primary</source>
        <translation>Enregistrer la fenêtre sur le primaire</translation>
    </message>
    <message>
        <source>The window could not be written on the primary: is it writable? Nothing is paused yet.</source>
        <translation>La fenêtre n&apos;a pas pu être écrite sur le primaire : est-il accessible en écriture ? Rien n&apos;est encore suspendu.</translation>
    </message>
    <message>
        <source>If this node is the primary: record the window in %1</source>
        <translation>Si ce nœud est le primaire : enregistrer la fenêtre dans %1</translation>
    </message>
    <message>
        <source>Pause repmgrd on every node</source>
        <translation>Suspendre repmgrd sur chaque nœud</translation>
    </message>
    <message>
        <source>repmgr could not pause every node: run pgpilot pause again, or pgpilot unpause, so that the nodes are not left mixed (see repmgr service status).</source>
        <translation>repmgr n&apos;a pas pu suspendre chaque nœud : relancer pgpilot pause, ou pgpilot unpause, pour que les nœuds ne restent pas dans des états mélangés (voir repmgr service status).</translation>
    </message>
    <message>
        <source>If this node is the primary: repmgr service pause</source>
        <translation>Si ce nœud est le primaire : repmgr service pause</translation>
    </message>
    <message>
        <source>Resume repmgrd on every node</source>
        <translation>Reprendre repmgrd sur chaque nœud</translation>
    </message>
    <message>
        <source>repmgr could not resume every node: run pgpilot unpause again (see repmgr service status).</source>
        <translation>repmgr n&apos;a pas pu reprendre chaque nœud : relancer pgpilot unpause (voir repmgr service status).</translation>
    </message>
    <message>
        <source>If this node is the primary: repmgr service unpause</source>
        <translation>Si ce nœud est le primaire : repmgr service unpause</translation>
    </message>
    <message>
        <source>Close the recorded window</source>
        <translation>Fermer la fenêtre enregistrée</translation>
    </message>
    <message>
        <source>The window could not be closed on the primary; failover runs again all the same.</source>
        <translation>La fenêtre n&apos;a pas pu être fermée sur le primaire ; le failover fonctionne de nouveau malgré tout.</translation>
    </message>
    <message>
        <source>If this node is the primary: close the open window in %1</source>
        <translation>Si ce nœud est le primaire : fermer la fenêtre ouverte dans %1</translation>
    </message>
    <message>
        <source>pgBackRest on every node with the repository mounted at %1 on each: WAL archived there, the stanza created and checked, a first full backup taken on a standby, the schedule on every node (one node backs up), and a restore drill on that node proving the backup restores.</source>
        <translation>pgBackRest sur chaque nœud avec le dépôt monté sur %1 sur chacun : le WAL y est archivé, la stanza créée et vérifiée, une première sauvegarde complète prise sur un secondaire, la planification sur chaque nœud (un seul nœud sauvegarde), et un exercice de restauration sur ce nœud prouve que la sauvegarde se restaure.</translation>
    </message>
    <message>
        <source>Check the schedules and the repository mounted at %1</source>
        <translation>Vérifier les planifications et le dépôt monté sur %1</translation>
    </message>
    <message>
        <source>The repository is not mounted as pgpilot needs it: read the message, mount the shared directory at the same path on every node, then run phase 6 again.</source>
        <translation>Le dépôt n&apos;est pas monté comme pgpilot en a besoin : lire le message, monter le dossier partagé au même chemin sur chaque nœud, puis relancer la phase 6.</translation>
    </message>
    <message>
        <source>Check the schedules and the mount</source>
        <translation>Vérifier les planifications et le montage</translation>
    </message>
    <message>
        <source>Write %1 (backups read this node at a lower priority)</source>
        <translation>Écrire %1 (les sauvegardes lisent ce nœud avec une priorité plus basse)</translation>
    </message>
    <message>
        <source>The units could not be installed: see systemctl status on %1.</source>
        <translation>Les unités n&apos;ont pas pu être installées : voir systemctl status sur %1.</translation>
    </message>
    <message>
        <source>See systemctl status of the timer on %1.</source>
        <translation>Voir systemctl status du timer sur %1.</translation>
    </message>
    <message>
        <source>Make the repository %1 postgres&apos;s and sign it from every node</source>
        <translation>Donner le dépôt %1 à postgres et le signer depuis chaque nœud</translation>
    </message>
    <message>
        <source>The repository directory cannot be made postgres&apos;s, or postgres cannot write in it: read the message and fix the export&apos;s ownership on the file server.</source>
        <translation>Le dossier du dépôt ne peut pas être donné à postgres, ou postgres ne peut pas y écrire : lire le message et corriger le propriétaire de l&apos;export sur le serveur de fichiers.</translation>
    </message>
    <message>
        <source>Own %1 and write this node&apos;s signature</source>
        <translation>Prendre possession de %1 et écrire la signature de ce nœud</translation>
    </message>
    <message>
        <source>Check that every node sees the same repository, with the same postgres ids</source>
        <translation>Vérifier que chaque nœud voit le même dépôt, avec les mêmes identifiants pour postgres</translation>
    </message>
    <message>
        <source>The nodes do not share one directory at %1, or postgres&apos;s ids differ: mount the same export on every node; give postgres the same uid and gid everywhere.</source>
        <translation>Les nœuds ne partagent pas un même dossier sur %1, ou les identifiants de postgres diffèrent : monter le même export sur chaque nœud ; donner à postgres les mêmes uid et gid partout.</translation>
    </message>
    <message>
        <source>Read every node&apos;s signature</source>
        <translation>Lire la signature de chaque nœud</translation>
    </message>
    <message>
        <source>Wait (at most %1 s) until %2 has caught up with the primary (replay lag under 16 MiB)</source>
        <translation>Attendre (%1 s au plus) que %2 ait rattrapé le primaire (retard de rejeu sous 16 Mio)</translation>
    </message>
    <message>
        <source>%1 has not caught up with the primary after %2 s</source>
        <translation>%1 n&apos;a pas rattrapé le primaire après %2 s</translation>
    </message>
    <message>
        <source>%1 is not a running standby now: the cluster changed since the pre-checks; nothing was done on it</source>
        <translation>%1 n&apos;est plus un secondaire en marche : le cluster a changé depuis les vérifications préalables ; rien n&apos;y a été fait</translation>
    </message>
    <message>
        <source>apt-get install --only-upgrade %1</source>
        <translation>apt-get install --only-upgrade %1</translation>
    </message>
    <message>
        <source>Restart what still runs an old binary</source>
        <translation>Redémarrer ce qui exécute encore un ancien binaire</translation>
    </message>
    <message>
        <source>Upgrade %1 (the old primary, a standby now)</source>
        <translation>Mettre à niveau %1 (l&apos;ancien primaire, désormais secondaire)</translation>
    </message>
    <message>
        <source>Upgrade %1 (the primary: nothing of it restarts)</source>
        <translation>Mettre à niveau %1 (le primaire : rien de lui ne redémarre)</translation>
    </message>
    <message>
        <source>Upgrade standby %1</source>
        <translation>Mettre à niveau le secondaire %1</translation>
    </message>
    <message>
        <source>%1 (the old primary) streams again after its restart by the switchover</source>
        <translation>%1 (l&apos;ancien primaire) diffuse de nouveau après son redémarrage par la bascule</translation>
    </message>
    <message>
        <source>Restart standby %1</source>
        <translation>Redémarrer le secondaire %1</translation>
    </message>
    <message>
        <source>The upgrade stopped on %1: read the output above. The nodes after it were not touched; the primary still runs. Fix the cause (apt&apos;s message), then run the upgrade again: nodes already done are skipped.</source>
        <translation>La mise à niveau s&apos;est arrêtée sur %1 : lire la sortie ci-dessus. Les nœuds suivants n&apos;ont pas été touchés ; le primaire tourne toujours. Corriger la cause (le message d&apos;apt), puis relancer la mise à niveau : les nœuds déjà faits sont sautés.</translation>
    </message>
    <message>
        <source>%1 did not come back or does not catch up: see journalctl -u %2 and the server log. The nodes after it were not touched.</source>
        <translation>%1 n&apos;est pas revenu ou ne rattrape pas son retard : voir journalctl -u %2 et le journal du serveur. Les nœuds suivants n&apos;ont pas été touchés.</translation>
    </message>
    <message>
        <source>PostgreSQL was restarted during this operation and has nothing pending</source>
        <translation>PostgreSQL a été redémarré pendant cette opération et rien n&apos;attend de redémarrage</translation>
    </message>
    <message>
        <source>PostgreSQL is not running on this node: see its server log.</source>
        <translation>PostgreSQL ne tourne pas sur ce nœud : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>started after the operation began, 0 settings pending restart</source>
        <translation>démarré après le début de l&apos;opération, 0 paramètre en attente de redémarrage</translation>
    </message>
    <message>
        <source>started %1 s after the operation began, %2 settings pending restart</source>
        <translation>démarré %1 s après le début de l&apos;opération, %2 paramètres en attente de redémarrage</translation>
    </message>
    <message>
        <source>started %1 s before the operation began, %2 settings pending restart</source>
        <translation>démarré %1 s avant le début de l&apos;opération, %2 paramètres en attente de redémarrage</translation>
    </message>
    <message>
        <source>This node was not restarted: run the rolling restart again.</source>
        <translation>Ce nœud n&apos;a pas été redémarré : relancer le redémarrage progressif.</translation>
    </message>
    <message>
        <source>A setting still waits for a restart: it may have been changed during the operation; run it again.</source>
        <translation>Un paramètre attend encore un redémarrage : il a peut-être été modifié pendant l&apos;opération ; la relancer.</translation>
    </message>
    <message>
        <source>Every package at its new version and no service running an old binary</source>
        <translation>Chaque paquet à sa nouvelle version et aucun service exécutant un ancien binaire</translation>
    </message>
    <message>
        <source>%1 still installed</source>
        <translation>%1 toujours installé</translation>
    </message>
    <message>
        <source>%1 runs an old binary</source>
        <translation>%1 exécute un ancien binaire</translation>
    </message>
    <message>
        <source>repmgr&apos;s extension not updated</source>
        <translation>extension de repmgr non mise à jour</translation>
    </message>
    <message>
        <source>new versions, nothing stale</source>
        <translation>nouvelles versions, rien de périmé</translation>
    </message>
    <message>
        <source>Run the upgrade again: it picks up where this one stopped.</source>
        <translation>Relancer la mise à niveau : elle reprend là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Installed and new versions of %1 (after apt-get update)</source>
        <translation>Versions installées et nouvelles de %1 (après apt-get update)</translation>
    </message>
    <message>
        <source>apt-get update works</source>
        <translation>apt-get update fonctionne</translation>
    </message>
    <message>
        <source>The package source does not answer: check the node&apos;s apt sources and network.</source>
        <translation>La source de paquets ne répond pas : vérifier les sources apt et le réseau du nœud.</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>the packages are installed</source>
        <translation>les paquets sont installés</translation>
    </message>
    <message>
        <source>none of them installed</source>
        <translation>aucun d&apos;eux installé</translation>
    </message>
    <message>
        <source>None of these packages is installed here: check --packages.</source>
        <translation>Aucun de ces paquets n&apos;est installé ici : vérifier --packages.</translation>
    </message>
    <message>
        <source>newer versions offered, the same on every node</source>
        <translation>versions plus récentes proposées, les mêmes sur chaque nœud</translation>
    </message>
    <message>
        <source>the nodes would get different versions: %1</source>
        <translation>les nœuds recevraient des versions différentes : %1</translation>
    </message>
    <message>
        <source>newer versions offered</source>
        <translation>versions plus récentes proposées</translation>
    </message>
    <message>
        <source>every node has the newest version its package source offers</source>
        <translation>chaque nœud a la version la plus récente que propose sa source de paquets</translation>
    </message>
    <message>
        <source>Nothing to upgrade: publish the new packages in the nodes&apos; package source first.</source>
        <translation>Rien à mettre à niveau : publier d&apos;abord les nouveaux paquets dans la source de paquets des nœuds.</translation>
    </message>
    <message>
        <source>Give every node the same package source, then run the upgrade again.</source>
        <translation>Donner à chaque nœud la même source de paquets, puis relancer la mise à niveau.</translation>
    </message>
    <message>
        <source>Rolling upgrade of %1</source>
        <translation>Mise à niveau progressive de %1</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Redémarrage progressif</translation>
    </message>
    <message>
        <source>The standbys one at a time, then a switchover to %1, then %2%3.</source>
        <translation>Les secondaires un à un, puis une bascule vers %1, puis %2%3.</translation>
    </message>
    <message>
        <source>, then a switchover back to %1</source>
        <translation>, puis une bascule de retour vers %1</translation>
    </message>
    <message>
        <source>Every node one at a time; nothing restarts, no switchover.</source>
        <translation>Chaque nœud l&apos;un après l&apos;autre ; rien ne redémarre, pas de bascule.</translation>
    </message>
    <message>
        <source>Note on every node when the restart began</source>
        <translation>Noter sur chaque nœud quand le redémarrage a commencé</translation>
    </message>
    <message>
        <source>The node&apos;s state directory cannot be written: see the error.</source>
        <translation>Le dossier d&apos;état du nœud n&apos;est pas inscriptible : voir l&apos;erreur.</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE on the primary</source>
        <translation>ALTER EXTENSION repmgr UPDATE sur le primaire</translation>
    </message>
    <message>
        <source>The extension could not be updated: read the error; repmgr&apos;s release notes say whether the new version needs more.</source>
        <translation>L&apos;extension n&apos;a pas pu être mise à jour : lire l&apos;erreur ; les notes de version de repmgr disent si la nouvelle version demande davantage.</translation>
    </message>
    <message>
        <source>ALTER EXTENSION repmgr UPDATE (the primary only)</source>
        <translation>ALTER EXTENSION repmgr UPDATE (le primaire seulement)</translation>
    </message>
    <message>
        <source>wal_level is replica and repmgr is in shared_preload_libraries on every node; once the cluster is in service a restart may wait for the rolling restart</source>
        <translation>wal_level vaut replica et repmgr est dans shared_preload_libraries sur chaque nœud ; une fois le cluster en service, un redémarrage peut attendre le redémarrage progressif</translation>
    </message>
    <message>
        <source> (the cluster is in service: pgpilot rolling-restart applies it)</source>
        <translation> (le cluster est en service : pgpilot rolling-restart l&apos;applique)</translation>
    </message>
    <message>
        <source>Write the worksheet&apos;s PostgreSQL parameters (conf.d/pgpilot-settings.conf)</source>
        <translation>Écrire les paramètres PostgreSQL de la fiche (conf.d/pgpilot-settings.conf)</translation>
    </message>
    <message>
        <source>PostgreSQL does not take a value of the worksheet&apos;s settings section (the previous file was put back): correct it on the worksheet; pgpilot settings shows what the server takes.</source>
        <translation>PostgreSQL n&apos;accepte pas une valeur de la section Réglages de la fiche (le fichier précédent a été remis en place) : la corriger dans la fiche ; pgpilot settings montre ce que le serveur accepte.</translation>
    </message>
    <message>
        <source>Restart PostgreSQL %1 with the new settings (not once the cluster is in service)</source>
        <translation>Redémarrer PostgreSQL %1 avec les nouveaux paramètres (pas une fois le cluster en service)</translation>
    </message>
    <message>
        <source>Restart %1, unless the cluster is in service</source>
        <translation>Redémarrer %1, sauf si le cluster est en service</translation>
    </message>
    <message>
        <source>Keep the previous %1</source>
        <translation>Garder la version précédente de %1</translation>
    </message>
    <message>
        <source>Reload PostgreSQL and check that it takes every line of %1</source>
        <translation>Recharger PostgreSQL et vérifier qu&apos;il accepte chaque ligne de %1</translation>
    </message>
    <message>
        <source>Every parameter of the worksheet&apos;s settings section is in effect on every node, or waits for a restart</source>
        <translation>Chaque paramètre de la section Réglages de la fiche est en vigueur sur chaque nœud, ou attend un redémarrage</translation>
    </message>
    <message>
        <source>PostgreSQL on every node takes every value of the worksheet&apos;s settings section</source>
        <translation>PostgreSQL accepte sur chaque nœud chaque valeur de la section Réglages de la fiche</translation>
    </message>
    <message>
        <source>%1 in effect</source>
        <translation>%1 en vigueur</translation>
    </message>
    <message>
        <source>; waiting for a restart: %1</source>
        <translation> ; en attente d&apos;un redémarrage : %1</translation>
    </message>
    <message>
        <source>; not applied: %1</source>
        <translation> ; non appliqué : %1</translation>
    </message>
    <message>
        <source>; to apply: %1</source>
        <translation> ; à appliquer : %1</translation>
    </message>
    <message>
        <source>every value in effect or waiting for a restart</source>
        <translation>chaque valeur en vigueur ou en attente d&apos;un redémarrage</translation>
    </message>
    <message>
        <source>every value one the server takes</source>
        <translation>chaque valeur acceptée par le serveur</translation>
    </message>
    <message>
        <source>The settings file was not written or PostgreSQL not reloaded: run pgpilot settings --apply again.</source>
        <translation>Le fichier de paramètres n&apos;a pas été écrit ou PostgreSQL n&apos;a pas été rechargé : relancer pgpilot settings --apply.</translation>
    </message>
    <message>
        <source>Apply the worksheet&apos;s settings to cluster %1</source>
        <translation>Appliquer les réglages de la fiche au cluster %1</translation>
    </message>
    <message>
        <source>The PostgreSQL parameters written to conf.d/pgpilot-settings.conf on every node and reloaded; haproxy.cfg and keepalived.conf rewritten and reloaded where their timings changed. Nothing is restarted: what needs a restart waits for pgpilot rolling-restart.</source>
        <translation>Les paramètres PostgreSQL sont écrits dans conf.d/pgpilot-settings.conf sur chaque nœud et rechargés ; haproxy.cfg et keepalived.conf sont réécrits et rechargés là où leurs délais ont changé. Rien n&apos;est redémarré : ce qui requiert un redémarrage attend pgpilot rolling-restart.</translation>
    </message>
    <message>
        <source>Write the worksheet&apos;s PostgreSQL parameters and reload PostgreSQL</source>
        <translation>Écrire les paramètres PostgreSQL de la fiche et recharger PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL does not take a value (the previous file was put back on that node): correct the worksheet and run pgpilot settings again.</source>
        <translation>PostgreSQL n&apos;accepte pas une valeur (le fichier précédent a été remis en place sur ce nœud) : corriger la fiche et relancer pgpilot settings.</translation>
    </message>
    <message>
        <source>Comment out postgresql.conf settings that would override them</source>
        <translation>Commenter les réglages de postgresql.conf qui les écraseraient</translation>
    </message>
    <message>
        <source>Rewrite haproxy.cfg where it changed and reload HAProxy</source>
        <translation>Réécrire haproxy.cfg là où il a changé et recharger HAProxy</translation>
    </message>
    <message>
        <source>HAProxy refused the configuration (the running one is unchanged): see the error above.</source>
        <translation>HAProxy a refusé la configuration (celle en cours est inchangée) : voir l&apos;erreur ci-dessus.</translation>
    </message>
    <message>
        <source>Reload HAProxy</source>
        <translation>Recharger HAProxy</translation>
    </message>
    <message>
        <source>Rewrite keepalived.conf where it changed and reload Keepalived, one node at a time</source>
        <translation>Réécrire keepalived.conf là où il a changé et recharger Keepalived, un nœud à la fois</translation>
    </message>
    <message>
        <source>Keepalived refused the configuration (the running one is unchanged): see the error above.</source>
        <translation>Keepalived a refusé la configuration (celle en cours est inchangée) : voir l&apos;erreur ci-dessus.</translation>
    </message>
    <message>
        <source>Reload Keepalived</source>
        <translation>Recharger Keepalived</translation>
    </message>
</context>
<context>
    <name>pgpilot::Checker</name>
    <message>
        <source>Give the cluster a name (lower-case letters, digits and &apos;-&apos;).</source>
        <translation>Donner un nom au cluster (minuscules, chiffres et &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The cluster name must be 1 to 32 lower-case letters, digits or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Le nom du cluster doit compter 1 à 32 minuscules, chiffres ou &apos;-&apos;, et commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The repmgr password reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>La référence du mot de passe repmgr doit avoir la forme pgpilot:&lt;cluster&gt;:&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>The known_hosts file must be an absolute path.</source>
        <translation>Le fichier known_hosts doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported on %2; choose %3.</source>
        <translation>PostgreSQL %1 n&apos;est pas pris en charge sur %2 ; choisir %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 cannot install from &quot;%2&quot;; use %3 or a local mirror.</source>
        <translation>%1 ne peut pas installer depuis « %2 » ; utiliser %3 ou un miroir local.</translation>
    </message>
    <message>
        <source>Give the mirror&apos;s address, e.g. http://10.0.1.5/debian/ (an apt repository).</source>
        <translation>Indiquer l&apos;adresse du miroir, p. ex. http://10.0.1.5/debian/ (un dépôt apt).</translation>
    </message>
    <message>
        <source>The mirror address must be an http:// or https:// URL of at most %1 characters, without spaces, quotes or shell characters.</source>
        <translation>L&apos;adresse du miroir doit être une URL http:// ou https:// d&apos;au plus %1 caractères, sans espaces, guillemets ni caractères du shell.</translation>
    </message>
    <message>
        <source>Give the mirror&apos;s suite (e.g. %1) or ./ for a flat repository.</source>
        <translation>Indiquer la suite du miroir (p. ex. %1) ou ./ pour un dépôt plat.</translation>
    </message>
    <message>
        <source>The suite must be a name such as %1, or ./</source>
        <translation>La suite doit être un nom comme %1, ou ./</translation>
    </message>
    <message>
        <source>A flat repository (suite ./) has no components: leave them empty.</source>
        <translation>Un dépôt plat (suite ./) n&apos;a pas de composants : laisser le champ vide.</translation>
    </message>
    <message>
        <source>Components are words separated by single spaces, e.g. main.</source>
        <translation>Les composants sont des mots séparés par des espaces simples, p. ex. main.</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s components, e.g. main.</source>
        <translation>Indiquer les composants du miroir, p. ex. main.</translation>
    </message>
    <message>
        <source>The VIP&apos;s prefix length must be from 1 to %1.</source>
        <translation>La longueur de préfixe de la VIP doit aller de 1 à %1.</translation>
    </message>
    <message>
        <source>The VRRP router id must be from 1 to 255 and unique on this network segment.</source>
        <translation>L&apos;identifiant de routeur VRRP doit aller de 1 à 255 et être unique sur ce segment réseau.</translation>
    </message>
    <message>
        <source>Give the virtual IP (VIP): a spare address in the subnet.</source>
        <translation>Indiquer l&apos;IP virtuelle (VIP) : une adresse libre du sous-réseau.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>The VIP %1 is outside the subnet %2: Keepalived can only move it between nodes on that subnet.</source>
        <translation>La VIP %1 est hors du sous-réseau %2 : Keepalived ne peut la déplacer qu&apos;entre des nœuds de ce sous-réseau.</translation>
    </message>
    <message>
        <source>The VIP %1 is the subnet&apos;s network or broadcast address.</source>
        <translation>La VIP %1 est l&apos;adresse de réseau ou de diffusion du sous-réseau.</translation>
    </message>
    <message>
        <source>A cluster needs 3 to 9 nodes; this one has %1.</source>
        <translation>Un cluster a besoin de 3 à 9 nœuds ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>Node %1 has no host name.</source>
        <translation>Le nœud %1 n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name: use letters, digits and &apos;-&apos; (RFC 1123), at most 63 characters per label.</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide : utiliser lettres, chiffres et &apos;-&apos; (RFC 1123), 63 caractères au plus par label.</translation>
    </message>
    <message>
        <source>The name %1 is already used by node %2.</source>
        <translation>Le nom %1 est déjà utilisé par le nœud %2.</translation>
    </message>
    <message>
        <source>%1: name the network interface that carries its address (e.g. eth0, ens3).</source>
        <translation>%1 : nommer l&apos;interface réseau qui porte son adresse (p. ex. eth0, ens3).</translation>
    </message>
    <message>
        <source>%1: %2 is not a Linux interface name (1 to 15 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>%1 : %2 n&apos;est pas un nom d&apos;interface Linux (1 à 15 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Choose the node that starts as primary: none is marked primary.</source>
        <translation>Choisir le nœud qui démarre comme primaire : aucun n&apos;est marqué primaire.</translation>
    </message>
    <message>
        <source>Exactly one node starts as primary; %1 are marked primary.</source>
        <translation>Un seul nœud démarre comme primaire ; %1 sont marqués primaires.</translation>
    </message>
    <message>
        <source>%1 has no IP address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse IP.</translation>
    </message>
    <message>
        <source>%1: %2 is not an IPv4 or IPv6 address.</source>
        <translation>%1 : %2 n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the subnet %3.</source>
        <translation>%1 : %2 est hors du sous-réseau %3.</translation>
    </message>
    <message>
        <source>%1: %2 is the subnet&apos;s network or broadcast address.</source>
        <translation>%1 : %2 est l&apos;adresse de réseau ou de diffusion du sous-réseau.</translation>
    </message>
    <message>
        <source>%1 has the VIP&apos;s address %2: the VIP must be a spare address.</source>
        <translation>%1 a l&apos;adresse de la VIP %2 : la VIP doit être une adresse libre.</translation>
    </message>
    <message>
        <source>%1: the address %2 is already used by node %3.</source>
        <translation>%1 : l&apos;adresse %2 est déjà utilisée par le nœud %3.</translation>
    </message>
    <message>
        <source>Port %1 is out of range: use 1 to 65535.</source>
        <translation>Le port %1 est hors limites : utiliser 1 à 65535.</translation>
    </message>
    <message>
        <source>Port 22 is SSH&apos;s: choose another port.</source>
        <translation>Le port 22 est celui de SSH : choisir un autre port.</translation>
    </message>
    <message>
        <source>Port %1 is already used for %2: every service needs its own port.</source>
        <translation>Le port %1 est déjà utilisé pour %2 : chaque service a besoin de son propre port.</translation>
    </message>
    <message>
        <source>Give the WAL a slot may hold back as a size such as 10GB (MB, GB or TB). Unlimited is not offered: a dead standby would fill the primary&apos;s disk.</source>
        <translation>Indiquer le volume de WAL qu&apos;un slot peut retenir, sous la forme 10GB (MB, GB ou TB). L&apos;illimité n&apos;est pas proposé : un secondaire mort remplirait le disque du primaire.</translation>
    </message>
    <message>
        <source>Give the directory that receives archived WAL.</source>
        <translation>Indiquer le dossier qui reçoit le WAL archivé.</translation>
    </message>
    <message>
        <source>The archive directory must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>Le dossier d&apos;archive doit être un chemin absolu fait de lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; et &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Give the subnet your application servers connect from (CIDR, e.g. 10.0.2.0/24).</source>
        <translation>Indiquer le sous-réseau d&apos;où se connectent les serveurs d&apos;application (CIDR, p. ex. 10.0.2.0/24).</translation>
    </message>
    <message>
        <source>The database name must be lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Le nom de la base doit être fait de minuscules, chiffres et &apos;_&apos;, et commencer par une lettre.</translation>
    </message>
    <message>
        <source>%1 is reserved for PostgreSQL or repmgr: choose the application&apos;s own name.</source>
        <translation>%1 est réservé à PostgreSQL ou à repmgr : choisir un nom propre à l&apos;application.</translation>
    </message>
    <message>
        <source>The role name must be lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Le nom du rôle doit être fait de minuscules, chiffres et &apos;_&apos;, et commencer par une lettre.</translation>
    </message>
    <message>
        <source>Give both the application&apos;s database and its role, or neither.</source>
        <translation>Indiquer à la fois la base et le rôle de l&apos;application, ou aucun des deux.</translation>
    </message>
    <message>
        <source>With %1 nodes every commit must reach at least %2 standby(s), or a failover can lose acknowledged writes: set %3 (0 chooses it).</source>
        <translation>Avec %1 nœuds, chaque validation doit atteindre au moins %2 secondaire(s), sinon une bascule peut perdre des écritures confirmées : indiquez %3 (0 le choisit).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>With %1 nodes a primary on the majority side has only %2 standby(s) with it: a quorum of %3 would stop all writes when the minority fails. Set %4 (0 chooses it).</source>
        <translation>Avec %1 nœuds, un primaire du côté majoritaire n’a que %2 secondaire(s) avec lui : un quorum de %3 arrêterait toutes les écritures à la panne de la minorité. Indiquez %4 (0 le choisit).</translation>
    </message>
    <message>
        <source>%1 is reserved for PostgreSQL, repmgr or pgpilot: choose the application&apos;s own role.</source>
        <translation>%1 est réservé à PostgreSQL, repmgr ou pgpilot : choisissez un rôle propre à l&apos;application.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or a CIDR network. List the monitoring workstations&apos; addresses or networks, e.g. [&quot;10.0.5.20&quot;, &quot;10.0.6.0/24&quot;].</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni un réseau CIDR. Indiquez les adresses ou réseaux des postes de supervision, par ex. [&quot;10.0.5.20&quot;, &quot;10.0.6.0/24&quot;].</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterConnector</name>
    <message>
        <source>%1 needs a password but the worksheet names none.</source>
        <translation>%1 a besoin d&apos;un mot de passe mais la fiche n&apos;en nomme aucun.</translation>
    </message>
    <message>
        <source>Passwords are needed but no secret store is available.</source>
        <translation>Des mots de passe sont nécessaires mais aucun magasin de secrets n&apos;est disponible.</translation>
    </message>
    <message>
        <source>These passwords are not in the keychain: %1. Enter them on the worksheet and save.</source>
        <translation>Ces mots de passe ne sont pas dans le trousseau : %1. Les saisir dans la fiche et enregistrer.</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterDashboard</name>
    <message>
        <source>Wall mode</source>
        <translation>Mode mur</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export text…</source>
        <translation>Exporter en texte…</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>waiting for the first answers…</source>
        <translation>en attente des premières réponses…</translation>
    </message>
    <message>
        <source>✔ healthy</source>
        <translation>✔ sain</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s)</source>
        <translation>
            <numerusform>⚠ %n alarme</numerusform>
            <numerusform>⚠ %n alarmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>S&amp;witchover to this node…</source>
        <translation>&amp;Basculer vers ce nœud…</translation>
    </message>
    <message>
        <source>Re&amp;join…</source>
        <translation>&amp;Réintégrer…</translation>
    </message>
    <message>
        <source>F&amp;ence…</source>
        <translation>&amp;Isoler…</translation>
    </message>
    <message>
        <source>Node for the actions</source>
        <translation>Nœud visé par les actions</translation>
    </message>
    <message>
        <source>%1 has not been polled yet</source>
        <translation>%1 n&apos;a pas encore été interrogé</translation>
    </message>
    <message>
        <source>Make %1 the primary (planned, no data loss)</source>
        <translation>Rendre %1 primaire (planifié, sans perte de données)</translation>
    </message>
    <message>
        <source>Only a standby that streams can become the primary</source>
        <translation>Seul un secondaire qui diffuse peut devenir primaire</translation>
    </message>
    <message>
        <source>Bring %1 back as a standby of the current primary</source>
        <translation>Ramener %1 comme secondaire du primaire actuel</translation>
    </message>
    <message>
        <source>%1 already serves the cluster</source>
        <translation>%1 sert déjà le cluster</translation>
    </message>
    <message>
        <source>Stop PostgreSQL on %1 and keep it stopped</source>
        <translation>Arrêter PostgreSQL sur %1 et le garder arrêté</translation>
    </message>
    <message>
        <source>%1 is fenced already; Rejoin lifts the fence</source>
        <translation>%1 est déjà isolé ; Réintégrer lève l&apos;isolement</translation>
    </message>
    <message>
        <source>Make %1 the primary (switchover)…</source>
        <translation>Rendre %1 primaire (bascule)…</translation>
    </message>
    <message>
        <source>Rejoin %1…</source>
        <translation>Réintégrer %1…</translation>
    </message>
    <message>
        <source>Fence %1…</source>
        <translation>Isoler %1…</translation>
    </message>
    <message>
        <source>Add %1 as a standby…</source>
        <translation>Ajouter %1 comme secondaire…</translation>
    </message>
    <message>
        <source>Remove standby %1…</source>
        <translation>Retirer le secondaire %1…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Not read on this cluster (adopted as it was built):</source>
        <translation>Non lu sur ce cluster (adopté tel qu&apos;il a été construit) :</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Rejeu…</translation>
    </message>
    <message>
        <source>Replay the history kept on disk, second by second</source>
        <translation>Rejouer l&apos;historique conservé sur disque, seconde par seconde</translation>
    </message>
    <message>
        <source>Topology: replication, VIP and write routes</source>
        <translation>Topologie : réplication, VIP et routes d&apos;écriture</translation>
    </message>
    <message>
        <source>Leave the replay (Live) to act on the cluster as it is now</source>
        <translation>Quitter le rejeu (Direct) pour agir sur le cluster tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation>REJEU %1</translation>
    </message>
    <message>
        <source>Export incident…</source>
        <translation>Exporter l&apos;incident…</translation>
    </message>
    <message>
        <source>Write the incident at the replayed moment (or the last one before it) as one .tar file for a post-mortem: snapshots, events, the audit log&apos;s entries; secrets masked</source>
        <translation>Écrire l&apos;incident du moment rejoué (ou le dernier avant lui) dans un seul fichier .tar pour l&apos;analyse post-mortem : instantanés, événements, entrées du journal d&apos;audit ; secrets masqués</translation>
    </message>
    <message>
        <source>Incident bundle written: %1 (%2 snapshots, %3 events, %4 audit entries, %5 to %6)</source>
        <translation>Paquet d&apos;incident écrit : %1 (instantanés : %2, événements : %3, entrées d&apos;audit : %4, de %5 à %6)</translation>
    </message>
    <message>
        <source>The incident bundle was not written: %1</source>
        <translation>Le paquet d&apos;incident n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Export the incident</source>
        <translation>Exporter l&apos;incident</translation>
    </message>
    <message>
        <source>Incident bundle (*.tar)</source>
        <translation>Paquet d&apos;incident (*.tar)</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterMonitor</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>the health service answered %1 without a JSON body</source>
        <translation>le service de santé a répondu %1 sans corps JSON</translation>
    </message>
    <message>
        <source>HAProxy stats answered HTTP %1</source>
        <translation>les statistiques HAProxy ont répondu HTTP %1</translation>
    </message>
    <message>
        <source>the answer was longer than %1 KiB: cut off and ignored</source>
        <translation>la réponse dépassait %1 Kio : coupée et ignorée</translation>
    </message>
    <message>
        <source>HAProxy&apos;s stats page refused pgpilot&apos;s stats password (HTTP 401): the node has another one than this workstation (run phase 4 again, or import the cluster&apos;s secrets)</source>
        <translation>La page de statistiques de HAProxy a refusé le mot de passe de statistiques de pgpilot (HTTP 401) : le nœud en a un autre que ce poste (relancer la phase 4, ou importer les secrets du cluster)</translation>
    </message>
    <message>
        <source>the health service</source>
        <translation>le service de santé</translation>
    </message>
    <message>
        <source>HAProxy&apos;s routing (where writes and reads go) and its backends&apos; states: the nodes&apos; HAProxy has no stats listener. Phase 4 adds one (pgpilot audit shows the difference).</source>
        <translation>Le routage de HAProxy (où vont les écritures et les lectures) et l&apos;état de ses backends : le HAProxy des nœuds n&apos;a pas d&apos;écouteur de statistiques. La phase 4 en ajoute un (pgpilot audit montre l&apos;écart).</translation>
    </message>
    <message>
        <source>The health service&apos;s view of lag, timeline and fencing: %1 answers only whether the node is the primary or a replica (GET %2, %3).</source>
        <translation>La vue du service de santé sur le retard, la timeline et le fencing : %1 indique seulement si le nœud est le primaire ou un réplica (GET %2, %3).</translation>
    </message>
    <message>
        <source>repmgr on %1: %2 succeeded</source>
        <translation>repmgr sur %1 : %2 réussi</translation>
    </message>
    <message>
        <source>repmgr on %1: %2 failed</source>
        <translation>repmgr sur %1 : %2 échoué</translation>
    </message>
    <message>
        <source> (recorded on the node while pgpilot was not watching)</source>
        <translation> (enregistré sur le nœud pendant que pgpilot ne surveillait pas)</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterServices</name>
    <message>
        <source>The repmgr password (%1) cannot be read: there is no secret store.</source>
        <translation>Le mot de passe repmgr (%1) ne peut pas être lu : il n’y a pas de magasin de secrets.</translation>
    </message>
    <message>
        <source>The repmgr password (%1) is not in the keychain: %2</source>
        <translation>Le mot de passe repmgr (%1) n’est pas dans le trousseau : %2</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed.</source>
        <translation>La connexion au cluster a été fermée.</translation>
    </message>
    <message>
        <source>No VIP check: %1</source>
        <translation>Pas de vérification de la VIP : %1</translation>
    </message>
    <message>
        <source>the nodes&apos; SSH settings could not be prepared</source>
        <translation>les paramètres SSH des nœuds n&apos;ont pas pu être préparés</translation>
    </message>
    <message>
        <source>The password of %1 (%2) cannot be read: there is no secret store.</source>
        <translation>Le mot de passe de %1 (%2) ne peut pas être lu : il n&apos;y a pas de magasin de secrets.</translation>
    </message>
    <message>
        <source>The password of pgpilot&apos;s monitoring role %1 (%2) is not in the keychain: %3 A cluster built by an older pgpilot gets the role when phases 3 and 4 run again (pgpilot apply --from 3 --to 4); for a cluster set up from another workstation, import its secrets (pgpilot import-secrets).</source>
        <translation>Le mot de passe du rôle de supervision %1 de pgpilot (%2) n&apos;est pas dans le trousseau : %3 Un cluster construit par un pgpilot plus ancien reçoit ce rôle quand les phases 3 et 4 sont relancées (pgpilot apply --from 3 --to 4) ; pour un cluster mis en place depuis un autre poste, importez ses secrets (pgpilot import-secrets).</translation>
    </message>
    <message>
        <source>The window closed meanwhile.</source>
        <translation>La fenêtre a été fermée entre-temps.</translation>
    </message>
    <message>
        <source>The cluster CA&apos;s certificate (%1) cannot be read: there is no secret store.</source>
        <translation>Le certificat de l&apos;AC du cluster (%1) ne peut pas être lu : il n&apos;y a pas de magasin de secrets.</translation>
    </message>
    <message>
        <source>The cluster uses verified TLS, but its CA&apos;s certificate (%1) is not in the keychain, so pgpilot cannot check that it talks to the real nodes. Import the cluster&apos;s secrets from the workstation that set it up (pgpilot import-secrets, or File &gt; Import secrets); a cluster not built yet gets its CA when the runbook runs.</source>
        <translation>Le cluster utilise le TLS vérifié, mais le certificat de son AC (%1) n&apos;est pas dans le trousseau, donc pgpilot ne peut pas vérifier qu&apos;il parle aux vrais nœuds. Importez les secrets du cluster depuis le poste qui l&apos;a mis en place (pgpilot import-secrets, ou Fichier &gt; Importer les secrets) ; un cluster pas encore construit reçoit son AC quand le runbook s&apos;exécute.</translation>
    </message>
    <message>
        <source>Could not write the cluster CA&apos;s certificate to %1: %2</source>
        <translation>Impossible d&apos;écrire le certificat de l&apos;AC du cluster dans %1 : %2</translation>
    </message>
    <message>
        <source>The password of %1 (%2), which pgpilot uses on this adopted cluster, is not in the keychain: %3 Run pgpilot adopt again (it reads the password from the nodes&apos; .pgpass), or import the cluster&apos;s secrets.</source>
        <translation>Le mot de passe de %1 (%2), que pgpilot utilise sur ce cluster adopté, n&apos;est pas dans le trousseau : %3 Relancez pgpilot adopt (il lit le mot de passe depuis le .pgpass des nœuds), ou importez les secrets du cluster.</translation>
    </message>
    <message>
        <source>no SSH connection to %1: %2</source>
        <translation>pas de connexion SSH vers %1 : %2</translation>
    </message>
    <message>
        <source>its SSH settings could not be prepared</source>
        <translation>ses paramètres SSH n&apos;ont pas pu être préparés</translation>
    </message>
    <message>
        <source>the nodes</source>
        <translation>les nœuds</translation>
    </message>
</context>
<context>
    <name>pgpilot::ClusterSession</name>
    <message>
        <source>Passwords are needed but no secret store is available.</source>
        <translation>Des mots de passe sont nécessaires mais aucun magasin de secrets n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the keychain; enter it on the worksheet.</source>
        <translation>Le secret %1 n&apos;est pas dans le trousseau ; le saisir dans la fiche.</translation>
    </message>
    <message>
        <source>Could not store the generated secret %1: %2</source>
        <translation>Impossible d&apos;enregistrer le secret généré %1 : %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>There is no phase %1.</source>
        <translation>Il n&apos;y a pas de phase %1.</translation>
    </message>
    <message>
        <source>pgpilot could not ask the nodes whether the cluster already has its secrets (%1), so it makes none up.</source>
        <translation>pgpilot n’a pas pu demander aux nœuds si le cluster a déjà ses secrets (%1) ; il n’en invente donc aucun.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>pgpilot makes up no secret (%1) before every node has said it has none: %2. Make the node reachable (and trust its host key), then try again.</source>
        <translation>pgpilot n’invente aucun secret (%1) avant que chaque nœud ait dit n’en avoir aucun : %2. Rendez le nœud joignable (et faites confiance à sa clé d’hôte), puis réessayez.</translation>
    </message>
    <message>
        <source>Could not make up the secret %1.</source>
        <translation>Impossible de générer le secret %1.</translation>
    </message>
    <message>
        <source>The cluster uses the site&apos;s own certificates (tls.mode site), and these are not in the keychain: %1. Import the site&apos;s CA certificate and each node&apos;s certificate and key first (pgpilot import-certs, or File &gt; Import site certificates).</source>
        <translation>Le cluster utilise les certificats propres du site (tls.mode site), et ils ne sont pas dans le trousseau : %1. Importez d&apos;abord le certificat de l&apos;AC du site ainsi que le certificat et la clé de chaque nœud (pgpilot import-certs, ou Fichier &gt; Importer les certificats du site).</translation>
    </message>
    <message>
        <source>The keychain holds only half of the cluster CA (%1 is missing): pgpilot makes no new CA, which the nodes would not trust. Import the cluster&apos;s secrets from the workstation that set it up (pgpilot import-secrets, or File &gt; Import secrets).</source>
        <translation>Le trousseau ne contient que la moitié de l&apos;AC du cluster (%1 manque) : pgpilot ne crée pas de nouvelle AC, à laquelle les nœuds ne feraient pas confiance. Importez les secrets du cluster depuis le poste qui l&apos;a mis en place (pgpilot import-secrets, ou Fichier &gt; Importer les secrets).</translation>
    </message>
    <message>
        <source>Could not issue the TLS certificate of %1: %2</source>
        <translation>Impossible d&apos;émettre le certificat TLS de %1 : %2</translation>
    </message>
    <message>
        <source>Could not make the cluster CA: %1</source>
        <translation>Impossible de créer l&apos;AC du cluster : %1</translation>
    </message>
    <message>
        <source>The cluster CA could not be read from the keychain: %1</source>
        <translation>L&apos;AC du cluster n&apos;a pas pu être lue dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::CommandLine</name>
    <message>
        <source>%1: fix the worksheet first.
</source>
        <translation>%1 : corriger d&apos;abord la fiche.
</translation>
    </message>
    <message>
        <source>check a cluster file and list every problem</source>
        <translation>vérifier un fichier de cluster et lister chaque problème</translation>
    </message>
    <message>
        <source>run one command on every node in parallel, with live output</source>
        <translation>exécuter une commande sur chaque nœud en parallèle, avec sortie en direct</translation>
    </message>
    <message>
        <source>run only the checkpoints of phases 0-4</source>
        <translation>exécuter seulement les points de contrôle des phases 0-4</translation>
    </message>
    <message>
        <source>print the monitor&apos;s snapshot of the cluster</source>
        <translation>afficher l&apos;instantané du cluster pris par le moniteur</translation>
    </message>
    <message>
        <source>write the runbook as one shell script per node</source>
        <translation>écrire le runbook sous forme d&apos;un script shell par nœud</translation>
    </message>
    <message>
        <source>%1: the worksheet is complete (%2 nodes).
</source>
        <translation>%1 : la fiche est complète (%2 nœuds).
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s).
</source>
        <translation>
            <numerusform>%1 : %n problème.
</numerusform>
            <numerusform>%1 : %n problèmes.
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
        <translation>pgpilot : aucun affichage trouvé (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
  Pour voir la fenêtre sur cette machine, la lancer dans un affichage virtuel :
      xvfb-run -a pgpilot [cluster.json]
  Pour tourner sans aucune fenêtre (scripts et captures d&apos;écran) :
      QT_QPA_PLATFORM=offscreen pgpilot [cluster.json]
  Commandes sans affichage :
      pgpilot validate cluster.json [--json]
      pgpilot exec cluster.json [--node NOM] -- commande
</translation>
    </message>
    <message>
        <source>make a standby the primary (planned, no data loss)</source>
        <translation>rendre un secondaire primaire (planifié, sans perte de données)</translation>
    </message>
    <message>
        <source>bring a failed, diverged or fenced node back as a standby</source>
        <translation>ramener comme secondaire un nœud en panne, divergent ou isolé</translation>
    </message>
    <message>
        <source>lift a fence: rejoin the node as a standby</source>
        <translation>lever un isolement : réintégrer le nœud comme secondaire</translation>
    </message>
    <message>
        <source>stop a node&apos;s PostgreSQL and keep it from serving writes</source>
        <translation>arrêter le PostgreSQL d&apos;un nœud et l&apos;empêcher de servir des écritures</translation>
    </message>
    <message>
        <source>install, clone and register a new node row as a standby</source>
        <translation>installer, cloner et enregistrer une nouvelle ligne de nœud comme secondaire</translation>
    </message>
    <message>
        <source>unregister and stop a standby, then drop its row</source>
        <translation>désenregistrer et arrêter un secondaire, puis retirer sa ligne</translation>
    </message>
    <message>
        <source>Phase %1 stopped at step %2 on %3:
  %4
%5</source>
        <translation>La phase %1 s&apos;est arrêtée à l&apos;étape %2 sur %3 :
  %4
%5</translation>
    </message>
    <message>
        <source>  What to do: %1
</source>
        <translation>  Que faire : %1
</translation>
    </message>
    <message>
        <source>; likely cause: %1</source>
        <translation> ; cause probable : %1</translation>
    </message>
    <message>
        <source>-- Checkpoint of phase %1: %2
</source>
        <translation>-- Point de contrôle de la phase %1 : %2
</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>From this phase on.</source>
        <translation>À partir de cette phase.</translation>
    </message>
    <message>
        <source>Up to this phase.</source>
        <translation>Jusqu&apos;à cette phase.</translation>
    </message>
    <message>
        <source>Confirm phase 5 (it stops the primary).</source>
        <translation>Confirmer la phase 5 (elle arrête le primaire).</translation>
    </message>
    <message>
        <source>Forget saved progress: probe every step again.</source>
        <translation>Oublier la progression enregistrée : revérifier chaque étape.</translation>
    </message>
    <message>
        <source>This is destructive: %1
Add --yes to go ahead, or --to 4 to stop before phase 5.
</source>
        <translation>Opération destructrice : %1
Ajouter --yes pour continuer, ou --to 4 pour s&apos;arrêter avant la phase 5.
</translation>
    </message>
    <message>
        <source>
Interrupted: stopping the running step on every node (its remote commands are killed; what finished is kept, so `pgpilot apply` again resumes). Press Ctrl+C again to quit at once.
</source>
        <translation>
Interrompu : arrêt de l&apos;étape en cours sur chaque nœud (ses commandes distantes sont tuées ; ce qui est terminé est conservé, un nouveau `pgpilot apply` reprend). Ctrl+C à nouveau pour quitter immédiatement.
</translation>
    </message>
    <message>
        <source>Carries out the setup phases over SSH, each followed by its checkpoint, and stops at the
first failure. A step that is already done is skipped, so running it again is safe.
Phases: 0 pre-flight checks, 1 base installation, 2 PostgreSQL configuration,
3 repmgr and cluster initialisation, 4 HAProxy, health service and VIP,
5 failover validation (stops the primary; needs --yes).</source>
        <translation>Exécute les phases de mise en place via SSH, chacune suivie de son point de contrôle, et
s&apos;arrête au premier échec. Une étape déjà faite est sautée : relancer est donc sans risque.
Phases : 0 vérifications préalables, 1 installation de base, 2 configuration de PostgreSQL,
3 repmgr et initialisation du cluster, 4 HAProxy, service de santé et VIP,
5 validation du failover (arrête le primaire ; exige --yes).</translation>
    </message>
    <message>
        <source>Exit status: 0 every phase passed, 1 a step or checkpoint failed, 2 usage error or
phase 5 without --yes, 3 cluster file, keychain or connection problem.</source>
        <translation>Code de sortie : 0 toutes les phases réussies, 1 une étape ou un point de contrôle a échoué,
2 erreur d&apos;usage ou phase 5 sans --yes, 3 problème de fichier de cluster, de trousseau ou
de connexion.</translation>
    </message>
    <message>
        <source>Runs only the checkpoints (no changes on the nodes) of phases 0 to 4, or of the
phases given.</source>
        <translation>Exécute seulement les points de contrôle (aucun changement sur les nœuds) des phases 0 à 4,
ou des phases indiquées.</translation>
    </message>
    <message>
        <source>Exit status: 0 every checkpoint passed, 1 one failed, 2 usage error, 3 cluster file,
keychain or connection problem.</source>
        <translation>Code de sortie : 0 tous les points de contrôle réussis, 1 l&apos;un a échoué, 2 erreur d&apos;usage,
3 problème de fichier de cluster, de trousseau ou de connexion.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Use this language (en, de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (en, de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER, puis quitter.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage : %1</translation>
    </message>
    <message>
        <source>pgpilot COMMAND cluster.json [options]     (pgpilot COMMAND --help for more)</source>
        <translation>pgpilot COMMANDE cluster.json [options]     (pgpilot COMMANDE --help pour plus)</translation>
    </message>
    <message>
        <source>Without a command pgpilot opens its window: the setup wizard on cluster.json (or on an
empty worksheet), and the dashboard once the cluster is set up.</source>
        <translation>Sans commande, pgpilot ouvre sa fenêtre : l&apos;assistant de mise en place sur cluster.json (ou
sur une fiche vide) puis, une fois le cluster en place, le tableau de bord.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Commandes (sans affichage) :</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Runs one command on the cluster&apos;s nodes in parallel over SSH and prints their output as
it arrives, each line prefixed with the node&apos;s name (| for stdout, ! for stderr).</source>
        <translation>Exécute une commande en parallèle sur les nœuds du cluster via SSH et affiche leur sortie
au fil de l&apos;eau, chaque ligne précédée du nom du nœud (| pour stdout, ! pour stderr).</translation>
    </message>
    <message>
        <source>Exit status: the highest exit status of the command on any node; 255 when a node could
not be reached; 2 usage error; 3 cluster file, keychain or connection problem.</source>
        <translation>Code de sortie : le plus élevé des codes de la commande sur les nœuds ; 255 si un nœud
n&apos;a pas pu être atteint ; 2 erreur d&apos;usage ; 3 problème de fichier de cluster, de
trousseau ou de connexion.</translation>
    </message>
    <message>
        <source>Run only on this node (repeatable).</source>
        <translation>Exécuter seulement sur ce nœud (répétable).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Run as this user on the nodes (default root).</source>
        <translation>Exécuter sous cet utilisateur sur les nœuds (root par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Seconds the command may take (default 600).</source>
        <translation>Secondes que la commande peut durer (600 par défaut).</translation>
    </message>
    <message>
        <source>-- command [args...]</source>
        <translation>-- commande [arguments...]</translation>
    </message>
    <message>
        <source>%1: exit %2 after %3 s
</source>
        <translation>%1 : code de sortie %2 après %3 s
</translation>
    </message>
    <message>
        <source>%1 node(s) in %2 s
</source>
        <translation>%1 nœud(s) en %2 s
</translation>
    </message>
    <message>
        <source>No node matches --node.
</source>
        <translation>Aucun nœud ne correspond à --node.
</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>This would do: %1
Add --yes to go ahead.
</source>
        <translation>Ceci ferait : %1
Ajouter --yes pour continuer.
</translation>
    </message>
    <message>
        <source>Confirmed (--yes): %1
</source>
        <translation>Confirmé (--yes) : %1
</translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation>Que faire : %1
</translation>
    </message>
    <message>
        <source>%1 is removed from the cluster but its row could not be removed from %2: %3
</source>
        <translation>%1 est retiré du cluster mais sa ligne n&apos;a pas pu être retirée de %2 : %3
</translation>
    </message>
    <message>
        <source>Removed the row of %1 from %2.
</source>
        <translation>Ligne de %1 retirée de %2.
</translation>
    </message>
    <message>
        <source>; what to do: %1</source>
        <translation> ; que faire : %1</translation>
    </message>
    <message>
        <source>Exit status: 0 done and verified, 1 refused by a pre-check, a step or the
verification failed, 2 usage error or no --yes, 3 cluster file, keychain or
connection problem.</source>
        <translation>Code de sortie : 0 fait et vérifié, 1 refusé par une vérification préalable, une étape ou la
vérification a échoué, 2 erreur d&apos;usage ou pas de --yes, 3 problème de fichier de cluster,
de trousseau ou de connexion.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The same as --node.</source>
        <translation>Équivaut à --node.</translation>
    </message>
    <message>
        <source>Delete its data directory and clone it afresh (when pg_rewind cannot bring it back).</source>
        <translation>Supprimer son dossier de données et le recloner (quand pg_rewind ne peut pas le ramener).</translation>
    </message>
    <message>
        <source>Leave the node&apos;s row in the cluster file (by default it is removed after success).</source>
        <translation>Garder la ligne du nœud dans le fichier de cluster (sinon elle est retirée après succès).</translation>
    </message>
    <message>
        <source>Print the commands the operation would run; contact nothing.</source>
        <translation>Afficher les commandes que l&apos;opération exécuterait ; ne rien contacter.</translation>
    </message>
    <message>
        <source>One JSON object per event (pre-checks, narration, steps, the result with its figures).</source>
        <translation>Un objet JSON par événement (vérifications, narration, étapes, résultat avec ses chiffres).</translation>
    </message>
    <message>
        <source>Do not write through the VIP to measure the outage.</source>
        <translation>Ne pas écrire via la VIP pour mesurer l&apos;interruption.</translation>
    </message>
    <message>
        <source>--reclone is for rejoin (and unfence) only.
</source>
        <translation>--reclone ne vaut que pour rejoin (et unfence).
</translation>
    </message>
    <message>
        <source>No write probe: the repmgr password is not readable (%1).
</source>
        <translation>Pas de sonde d&apos;écriture : le mot de passe repmgr n&apos;est pas lisible (%1).
</translation>
    </message>
    <message>
        <source>
Interrupted: cancelling (nothing past the point of no return was done).
</source>
        <translation>
Interrompu : annulation (rien n&apos;a été fait au-delà du point de non-retour).
</translation>
    </message>
    <message>
        <source>
Interrupted, but the operation is past its point of no return: it goes on to the end so the cluster is not left halfway. Press Ctrl+C again to quit at once (then check the cluster with `pgpilot status`).
</source>
        <translation>
Interrompu, mais l&apos;opération a dépassé son point de non-retour : elle va jusqu&apos;au bout pour ne pas laisser le cluster à mi-chemin. Ctrl+C à nouveau pour quitter immédiatement (puis vérifier le cluster avec `pgpilot status`).
</translation>
    </message>
    <message>
        <source>Makes the standby NAME the primary with repmgr&apos;s switchover after pre-checks (every
node reachable, NAME streaming with little lag, repmgrd, SSH between the nodes,
repmgr&apos;s dry run), writing through the VIP meanwhile to measure the outage, then
verifies roles, replication, the VIP and ports.</source>
        <translation>Rend le secondaire NOM primaire avec la bascule de repmgr après des vérifications préalables
(chaque nœud joignable, NOM diffuse avec peu de retard, repmgrd, SSH entre les nœuds,
simulation de repmgr), en écrivant pendant ce temps via la VIP pour mesurer l&apos;interruption,
puis vérifie les rôles, la réplication, la VIP et les ports.</translation>
    </message>
    <message>
        <source>The standby to promote.</source>
        <translation>Le secondaire à promouvoir.</translation>
    </message>
    <message>
        <source>Keeps NAME&apos;s PostgreSQL stopped, lifts a fence, recovers a crash in single-user mode,
then repmgr node rejoin (with pg_rewind) against the current primary and waits until it
streams. It never starts NAME as a primary. &apos;unfence&apos; is the same command.</source>
        <translation>Garde PostgreSQL arrêté sur NOM, lève un isolement, récupère un crash en mode mono-utilisateur,
puis repmgr node rejoin (avec pg_rewind) vers le primaire actuel, et attend qu&apos;il diffuse.
NOM ne démarre jamais comme primaire. « unfence » est la même commande.</translation>
    </message>
    <message>
        <source>The node to rejoin.</source>
        <translation>Le nœud à réintégrer.</translation>
    </message>
    <message>
        <source>The same as rejoin.</source>
        <translation>Identique à rejoin.</translation>
    </message>
    <message>
        <source>The fenced node.</source>
        <translation>Le nœud isolé.</translation>
    </message>
    <message>
        <source>Marks NAME fenced (its health service answers 503, so HAProxy and Keepalived keep it
out), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting until
the node is rejoined. Needs SSH to NAME, not its database.</source>
        <translation>Marque NOM comme isolé (son service de santé répond 503, donc HAProxy et Keepalived le
tiennent à l&apos;écart), y arrête repmgrd et PostgreSQL et empêche PostgreSQL de démarrer jusqu&apos;à
la réintégration du nœud. Demande SSH vers NOM, pas sa base.</translation>
    </message>
    <message>
        <source>The node to fence.</source>
        <translation>Le nœud à isoler.</translation>
    </message>
    <message>
        <source>NAME is a row already added to the cluster file. Runs phases 1-2 on it, clones it
from the current primary, registers it, and reloads HAProxy and Keepalived on every
node (no restart).</source>
        <translation>NOM est une ligne déjà ajoutée au fichier de cluster. Exécute les phases 1-2 dessus, le clone
depuis le primaire actuel, l&apos;enregistre et recharge HAProxy et Keepalived sur chaque nœud
(sans redémarrage).</translation>
    </message>
    <message>
        <source>The new node&apos;s row.</source>
        <translation>La ligne du nouveau nœud.</translation>
    </message>
    <message>
        <source>Stops NAME (kept from starting), unregisters it, drops its replication slot and
reloads HAProxy and Keepalived on the others without it; then removes its row from
the cluster file. Only the last row can be removed (node ids are positions).</source>
        <translation>Arrête NOM (empêché de démarrer), le désenregistre, supprime son slot de réplication et
recharge HAProxy et Keepalived sans lui sur les autres ; retire ensuite sa ligne du fichier
de cluster. Seule la dernière ligne peut être retirée (les identifiants sont des positions).</translation>
    </message>
    <message>
        <source>The standby to remove (the last row).</source>
        <translation>Le secondaire à retirer (la dernière ligne).</translation>
    </message>
    <message>
        <source>One JSON object per event.</source>
        <translation>Un objet JSON par événement.</translation>
    </message>
    <message>
        <source>Confirm: without it only the pre-checks run.</source>
        <translation>Confirmer : sans cela seules les vérifications préalables s&apos;exécutent.</translation>
    </message>
    <message>
        <source>The node the operation is about.</source>
        <translation>Le nœud visé par l&apos;opération.</translation>
    </message>
    <message>
        <source>NAME=SHA256:...</source>
        <translation>NOM=SHA256:...</translation>
    </message>
    <message>
        <source>Trust this host key fingerprint for a node not yet in known_hosts (repeatable).</source>
        <translation>Faire confiance à cette empreinte de clé d&apos;hôte pour un nœud pas encore dans known_hosts (répétable).</translation>
    </message>
    <message>
        <source>Read passwords from this private key=value file instead of the keychain.</source>
        <translation>Lire les mots de passe dans ce fichier privé clé=valeur au lieu du trousseau.</translation>
    </message>
    <message>
        <source>Print every output line of every node.</source>
        <translation>Afficher chaque ligne de sortie de chaque nœud.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Keep progress and the audit log here instead of the user&apos;s data directory.</source>
        <translation>Garder la progression et le journal d&apos;audit ici plutôt que dans le dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Checks a cluster file and lists every problem, each with its field.</source>
        <translation>Vérifie un fichier de cluster et liste chaque problème avec son champ.</translation>
    </message>
    <message>
        <source>Exit status: 0 the worksheet is complete, 1 it has problems, 2 usage error,
3 the file cannot be read.</source>
        <translation>Code de sortie : 0 la fiche est complète, 1 elle a des problèmes, 2 erreur d&apos;usage,
3 le fichier est illisible.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object: {&quot;ok&quot;: ..., &quot;issues&quot;: [...]}.</source>
        <translation>Afficher le résultat comme un objet JSON : {&quot;ok&quot;: ..., &quot;issues&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Prints the whole runbook as one reviewable shell script per node (a dry run: nothing
is contacted).</source>
        <translation>Affiche tout le runbook sous forme d&apos;un script shell relisible par nœud (une simulation :
aucun nœud n&apos;est contacté).</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 1 a file could not be written, 2 usage error, 3 the cluster
file has problems.</source>
        <translation>Code de sortie : 0 écrit, 1 un fichier n&apos;a pas pu être écrit, 2 erreur d&apos;usage, 3 le
fichier de cluster a des problèmes.</translation>
    </message>
    <message>
        <source>Write the scripts into this directory as CLUSTER-NODE.sh instead of printing them.</source>
        <translation>Écrire les scripts dans ce dossier sous forme de CLUSTER-NŒUD.sh au lieu de les afficher.</translation>
    </message>
    <message>
        <source>Could not write %1: %2
</source>
        <translation>Impossible d&apos;écrire %1 : %2
</translation>
    </message>
    <message>
        <source>Polls every node once (roles, lag, health checks, HAProxy, which node holds the VIP)
and prints the snapshot with its alarms.</source>
        <translation>Interroge chaque nœud une fois (rôles, retard, contrôles de santé, HAProxy, nœud qui porte
la VIP) et affiche l&apos;instantané avec ses alarmes.</translation>
    </message>
    <message>
        <source>Exit status: 0 healthy, 1 warnings, 2 critical (or usage error), 3 cluster file or
keychain problem.</source>
        <translation>Code de sortie : 0 sain, 1 avertissements, 2 critique (ou erreur d&apos;usage), 3 problème de
fichier de cluster ou de trousseau.</translation>
    </message>
    <message>
        <source>Print every snapshot until interrupted.</source>
        <translation>Afficher chaque instantané jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
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
Environnement :
  QT_LOGGING_RULES                activer ou couper la journalisation par catégorie, p. ex.
                                  &quot;pgpilot.ssh.debug=true;pgpilot.monitor=false&quot;
                                  (pgpilot.spec, .secrets, .ssh, .exec, .runbook,
                                  .monitor, .ops, .settings, .ui)
  QT_QPA_PLATFORM=offscreen       faire tourner la fenêtre sans affichage
  LANGUAGE, LANG                  la langue, si --lang n&apos;est pas donné

Réglages : ~/.config/io.github.pgpilot/pgpilot.conf. Journal d&apos;audit, known_hosts et progression :
~/.local/share/io.github.pgpilot/pgpilot/. Mots de passe : le trousseau du système.
Le guide de l&apos;utilisateur : /usr/share/doc/pgpilot/user-guide.md
</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La phrase de passe dépasse %1 octets.</translation>
    </message>
    <message>
        <source>No passphrase was given (standard input is empty).</source>
        <translation>Aucune phrase de passe n&apos;a été donnée (l&apos;entrée standard est vide).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases de passe diffèrent ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>seal the cluster&apos;s secrets into a file for another workstation</source>
        <translation>sceller les secrets du cluster dans un fichier pour un autre poste</translation>
    </message>
    <message>
        <source>Seals the cluster&apos;s secrets (repmgr and application passwords, the postgres SSH key,
the nodes&apos; login secrets) from the keychain into FILE, encrypted with a passphrase, for
import-secrets on another workstation. The passphrase (at least 12 characters) is typed
twice without echo, or, when standard input is not a terminal, is its first line; it is
never taken from the arguments or the environment. FILE is created with mode 0600 and
is never overwritten. Nothing secret is printed.</source>
        <translation>Scelle les secrets du cluster (mots de passe de repmgr et de l&apos;application, clé SSH de
postgres, secrets de connexion des nœuds) du trousseau dans FICHIER, chiffrés avec une
phrase de passe, pour import-secrets sur un autre poste. La phrase de passe (12 caractères
au moins) est tapée deux fois sans écho ou, quand l&apos;entrée standard n&apos;est pas un terminal,
en est la première ligne ; elle n&apos;est jamais prise des arguments ni de l&apos;environnement.
FICHIER est créé avec le mode 0600 et n&apos;est jamais écrasé. Rien de secret n&apos;est affiché.</translation>
    </message>
    <message>
        <source>Exit status: 0 written, 1 refused (no secret of the cluster is stored, passphrase too
short or not the same twice, FILE exists or cannot be written), 2 usage error, 3 cluster
file or keychain problem.</source>
        <translation>Code de sortie : 0 écrit, 1 refusé (aucun secret du cluster enregistré, phrase de passe
trop courte ou différente la seconde fois, FICHIER existe ou ne peut pas être écrit),
2 erreur d&apos;usage, 3 problème de fichier de cluster ou de trousseau.</translation>
    </message>
    <message>
        <source>Write the bundle to this new file.</source>
        <translation>Écrire le paquet dans ce nouveau fichier.</translation>
    </message>
    <message>
        <source>export-secrets needs --out FILE.</source>
        <translation>export-secrets a besoin de --out FICHIER.</translation>
    </message>
    <message>
        <source>Passphrase for the bundle (at least %1 characters): </source>
        <translation>Phrase de passe du paquet (%1 caractères au moins) : </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase de passe encore une fois : </translation>
    </message>
    <message>
        <source>Wrote %1 with these secrets of the cluster %2:
</source>
        <translation>%1 écrit avec ces secrets du cluster %2 :
</translation>
    </message>
    <message>
        <source>On the other workstation: pgpilot import-secrets %1 %2 (bring the passphrase another way than the file).
</source>
        <translation>Sur l&apos;autre poste : pgpilot import-secrets %1 %2 (apportez la phrase de passe par un autre chemin que le fichier).
</translation>
    </message>
    <message>
        <source>store the secrets of a bundle made by export-secrets</source>
        <translation>enregistrer les secrets d&apos;un paquet fait par export-secrets</translation>
    </message>
    <message>
        <source>Opens FILE, a bundle made by export-secrets for the same cluster, and stores its secrets
in the keychain. The passphrase is typed without echo, or, when standard input is not a
terminal, is its first line. A secret already stored with the same value is left as it
is; if any is stored with another value, nothing is written unless --replace is given.</source>
        <translation>Ouvre FICHIER, un paquet fait par export-secrets pour le même cluster, et enregistre ses
secrets dans le trousseau. La phrase de passe est tapée sans écho ou, quand l&apos;entrée
standard n&apos;est pas un terminal, en est la première ligne. Un secret déjà enregistré avec la
même valeur reste tel quel ; si l&apos;un d&apos;eux l&apos;est avec une autre valeur, rien n&apos;est écrit,
sauf avec --replace.</translation>
    </message>
    <message>
        <source>Exit status: 0 imported, 1 refused (a secret holds another value and --replace was not
given, or no passphrase), 2 usage error, 3 cluster file, keychain or bundle problem (not
a bundle, wrong passphrase or changed file, another cluster&apos;s bundle).</source>
        <translation>Code de sortie : 0 importé, 1 refusé (un secret a une autre valeur et --replace manque, ou
pas de phrase de passe), 2 erreur d&apos;usage, 3 problème de fichier de cluster, de trousseau
ou de paquet (pas un paquet, mauvaise phrase de passe ou fichier modifié, paquet d&apos;un autre
cluster).</translation>
    </message>
    <message>
        <source>Overwrite secrets stored with another value (the values stored now are lost).</source>
        <translation>Écraser les secrets enregistrés avec une autre valeur (les valeurs enregistrées maintenant sont perdues).</translation>
    </message>
    <message>
        <source>Store the secrets in this private key=value file instead of the keychain.</source>
        <translation>Enregistrer les secrets dans ce fichier privé clé=valeur au lieu du trousseau.</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Phrase de passe de %1 : </translation>
    </message>
    <message>
        <source>%1: written
</source>
        <translation>%1 : écrit
</translation>
    </message>
    <message>
        <source>%1: replaced
</source>
        <translation>%1 : remplacé
</translation>
    </message>
    <message>
        <source>%1: unchanged
</source>
        <translation>%1 : inchangé
</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>None of the secrets of the cluster %1 is stored %2 (%3); there is nothing to export.
</source>
        <translation>Aucun des secrets du cluster %1 n&apos;est enregistré %2 (%3) ; il n&apos;y a rien à exporter.
</translation>
    </message>
    <message>
        <source>Not stored %1, so not in the bundle: %2
</source>
        <translation>Pas enregistrés %1, donc pas dans le paquet : %2
</translation>
    </message>
    <message>
        <source>Refused: these secrets of the bundle are stored %1 with other values: %2. Nothing was written. If the bundle&apos;s values are the right ones, run again with --replace (the values stored now are lost).
</source>
        <translation>Refusé : ces secrets du paquet sont enregistrés %1 avec d&apos;autres valeurs : %2. Rien n&apos;a été écrit. Si les valeurs du paquet sont les bonnes, relancez avec --replace (les valeurs enregistrées maintenant sont perdues).
</translation>
    </message>
    <message>
        <source>The secrets of the cluster %1 are stored %2 now: %3 written, %4 replaced, %5 unchanged.
</source>
        <translation>Les secrets du cluster %1 sont maintenant enregistrés %2 : %3 écrits, %4 remplacés, %5 inchangés.
</translation>
    </message>
    <message>
        <source>new passwords for repmgr and the application role</source>
        <translation>nouveaux mots de passe pour repmgr et le rôle de l&apos;application</translation>
    </message>
    <message>
        <source>Makes new passwords for repmgr (and the application role, when the cluster file has one)
and keeps them in the keychain under pending keys; then the primary stores their SCRAM
verifiers, every node&apos;s .pgpass gets the new repmgr password, a login with each works on
every node, and the new passwords replace the old ones in the keychain. An interrupted
run is finished by the next. Open sessions and writes through the VIP go on.</source>
        <translation>Crée de nouveaux mots de passe pour repmgr (et le rôle de l&apos;application, si le fichier de
cluster en a un) et les range dans le trousseau sous des clés provisoires ; puis le
primaire enregistre leurs vérificateurs SCRAM, le .pgpass de chaque nœud reçoit le nouveau
mot de passe repmgr, une connexion avec chacun fonctionne sur chaque nœud, et les nouveaux
mots de passe remplacent les anciens dans le trousseau. Une exécution interrompue est
achevée par la suivante. Les sessions ouvertes et les écritures via la VIP continuent.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>store the site&apos;s own CA and node certificates</source>
        <translation>enregistrer l&apos;AC et les certificats de nœud propres au site</translation>
    </message>
    <message>
        <source>For a cluster whose worksheet has tls.mode &quot;site&quot;: checks the site&apos;s CA certificate and,
for every node, its certificate (then any intermediates) and unencrypted key, then stores
them in the keychain. Each certificate must chain to the CA, be valid now, match its key
and name the node&apos;s address and the VIP as IP subject alternative names. Without
--renewal they replace the stored ones, and phase 2 writes them to the nodes; with
--renewal they wait for renew-certs, which puts them in service without a restart (the CA
must then be the one stored). Nothing is stored if any check fails. Keys are never printed.</source>
        <translation>Pour un cluster dont la fiche a tls.mode « site » : vérifie le certificat de l&apos;AC du site et,
pour chaque nœud, son certificat (suivi des éventuels intermédiaires) et sa clé non
chiffrée, puis les enregistre dans le trousseau. Chaque certificat doit être chaîné à l&apos;AC,
être valide maintenant, correspondre à sa clé et mentionner l&apos;adresse du nœud et la VIP
comme noms alternatifs IP (SAN). Sans --renewal, ils remplacent ceux enregistrés, et la
phase 2 les écrit sur les nœuds ; avec --renewal, ils attendent renew-certs, qui les met en
service sans redémarrage (l&apos;AC doit alors être celle enregistrée). Rien n&apos;est enregistré si
une vérification échoue. Les clés ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Exit status: 0 stored, 1 refused (a check failed; each reason is printed), 2 usage error,
3 cluster file, certificate file or keychain problem.</source>
        <translation>Code de sortie : 0 enregistré, 1 refusé (une vérification a échoué ; chaque raison est
affichée), 2 erreur d&apos;usage, 3 problème de fichier de cluster, de fichier de certificat ou
de trousseau.</translation>
    </message>
    <message>
        <source>The site&apos;s CA certificate (PEM).</source>
        <translation>Le certificat de l&apos;AC du site (PEM).</translation>
    </message>
    <message>
        <source>NAME=CERT,KEY</source>
        <translation>NOM=CERT,CLÉ</translation>
    </message>
    <message>
        <source>A node&apos;s certificate and key files (PEM); once for every node.</source>
        <translation>Les fichiers de certificat et de clé d&apos;un nœud (PEM) ; une fois pour chaque nœud.</translation>
    </message>
    <message>
        <source>Keep them for renew-certs instead of replacing the stored certificates.</source>
        <translation>Les garder pour renew-certs au lieu de remplacer les certificats enregistrés.</translation>
    </message>
    <message>
        <source>import-certs needs --ca FILE and --node NAME=CERT,KEY.</source>
        <translation>import-certs a besoin de --ca FICHIER et --node NOM=CERT,CLÉ.</translation>
    </message>
    <message>
        <source>--node takes NAME=CERT,KEY, not %1.</source>
        <translation>--node attend NOM=CERT,CLÉ, pas %1.</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Avertissement : %1
</translation>
    </message>
    <message>
        <source>Refused, nothing was stored:
  %1
</source>
        <translation>Refusé, rien n&apos;a été enregistré :
  %1
</translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation>%1 : enregistré
</translation>
    </message>
    <message>
        <source>Next: pgpilot renew-certs %1 --yes puts them in service without a restart.
</source>
        <translation>Ensuite : pgpilot renew-certs %1 --yes les met en service sans redémarrage.
</translation>
    </message>
    <message>
        <source>Next: pgpilot apply %1 --phase 2 writes them to the nodes (a reload, no restart).
</source>
        <translation>Ensuite : pgpilot apply %1 --phase 2 les écrit sur les nœuds (un rechargement, sans redémarrage).
</translation>
    </message>
    <message>
        <source>new TLS certificates for every node, without a restart</source>
        <translation>nouveaux certificats TLS pour chaque nœud, sans redémarrage</translation>
    </message>
    <message>
        <source>Verified TLS only. Issues a new key and certificate for every node from the cluster CA
(which must be in this keychain) and keeps them under pending keys; then writes them on
each node as postgres and has PostgreSQL reload them. Once every node serves its new
certificate, the new ones replace the old ones in the keychain. An interrupted run is
finished by the next. Nothing restarts: sessions, replication and writes go on.</source>
        <translation>TLS vérifié uniquement. Émet pour chaque nœud une nouvelle clé et un nouveau certificat
de l&apos;AC du cluster (qui doit être dans ce trousseau) et les range sous des clés
provisoires ; puis les écrit sur chaque nœud en tant que postgres et les fait recharger
par PostgreSQL. Dès que chaque nœud présente son nouveau certificat, les nouveaux
remplacent les anciens dans le trousseau. Une exécution interrompue est achevée par la
suivante. Rien ne redémarre : les sessions, la réplication et les écritures continuent.</translation>
    </message>
    <message>
        <source>write a worksheet for a cluster built by hand</source>
        <translation>écrire une fiche pour un cluster construit à la main</translation>
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
        <translation>Se connecte via SSH à un nœud d&apos;un cluster repmgr construit sans pgpilot (par exemple en suivant
le guide), découvre les autres à partir de la table des nœuds de repmgr et lit, sur chacun, repmgr.conf,
les paramètres de PostgreSQL, les frontends et backends de HAProxy, la VIP, l&apos;interface et le
router id de Keepalived, ainsi que le service sur le port de santé. Il écrit une fiche que pgpilot peut
ouvrir, surveiller et exploiter, marquée &quot;adopted&quot; (le moniteur lit le cluster tel qu&apos;il est construit), et
enregistre le mot de passe repmgr trouvé dans le .pgpass des nœuds dans le trousseau (ou le fichier
de secrets). Rien n&apos;est modifié sur les nœuds. Les clés d&apos;hôte sont vérifiées : un nœud que pgpilot ne
connaît pas encore est refusé tant que son empreinte n&apos;est pas confirmée avec --accept-host-key ou ne
figure pas dans le fichier --known-hosts. Ensuite : pgpilot status et pgpilot audit.</translation>
    </message>
    <message>
        <source>Exit status: 0 written (warnings, such as a node that could not be read, are printed),
1 not adopted (the reason is printed; nothing was written), 2 usage error, 3 the output
file or the keychain could not be written.</source>
        <translation>Code de sortie : 0 écrit (les avertissements, par exemple un nœud qui n&apos;a pas pu être lu, sont affichés),
1 non adopté (la raison est affichée ; rien n&apos;a été écrit), 2 erreur d&apos;utilisation, 3 le fichier de
sortie ou le trousseau n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The worksheet to write (it must not exist).</source>
        <translation>La fiche à écrire (elle ne doit pas exister).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>A node of the cluster that pgpilot reaches over SSH.</source>
        <translation>Un nœud du cluster que pgpilot atteint via SSH.</translation>
    </message>
    <message>
        <source>The cluster&apos;s name in pgpilot (keychain entries are named after it); default: the output file&apos;s name.</source>
        <translation>Le nom du cluster dans pgpilot (les entrées du trousseau portent ce nom) ; par défaut : le nom du fichier de sortie.</translation>
    </message>
    <message>
        <source>SSH login on every node (default root).</source>
        <translation>Connexion SSH sur chaque nœud (par défaut root).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>Port SSH (par défaut 22).</translation>
    </message>
    <message>
        <source>SSH private key (without it: the SSH agent).</source>
        <translation>Clé privée SSH (sans elle : l&apos;agent SSH).</translation>
    </message>
    <message>
        <source>The worksheet&apos;s known_hosts file: the keys in it are trusted (default: pgpilot&apos;s own).</source>
        <translation>Le fichier known_hosts de la fiche : les clés qu&apos;il contient sont approuvées (par défaut : celui de pgpilot).</translation>
    </message>
    <message>
        <source>adopt needs --node ADDRESS.</source>
        <translation>adopt nécessite --node ADRESSE.</translation>
    </message>
    <message>
        <source>%1 exists: adopt writes a new worksheet and never replaces one. Choose another --out.
</source>
        <translation>%1 existe : adopt écrit une nouvelle fiche et n&apos;en remplace jamais une. Choisissez un autre --out.
</translation>
    </message>
    <message>
        <source>--ssh-port takes a number.</source>
        <translation>--ssh-port attend un nombre.</translation>
    </message>
    <message>
        <source>Host keys not known yet (check each on its node, then confirm with --accept-host-key ADDRESS=SHA256:...):
  %1
</source>
        <translation>Clés d&apos;hôte pas encore connues (vérifiez chacune sur son nœud, puis confirmez avec --accept-host-key ADRESSE=SHA256:...) :
  %1
</translation>
    </message>
    <message>
        <source>Not adopted: %1
</source>
        <translation>Non adopté : %1
</translation>
    </message>
    <message>
        <source>Adopted %1: %2; VIP %3. Worksheet: %4%5
Next: pgpilot status %4, then pgpilot audit %4.
</source>
        <translation>%1 adopté : %2 ; VIP %3. Fiche : %4%5
Ensuite : pgpilot status %4, puis pgpilot audit %4.
</translation>
    </message>
    <message>
        <source>; the repmgr password is stored as %1</source>
        <translation>; le mot de passe repmgr est enregistré sous %1</translation>
    </message>
    <message>
        <source>list how the cluster differs from what pgpilot builds</source>
        <translation>lister les écarts entre le cluster et ce que construit pgpilot</translation>
    </message>
    <message>
        <source>Reads every node of the worksheet over SSH (files, settings, units, listening services)
and lists each difference from what pgpilot would build: a guide erratum still in place or
a local change, with its risk in plain words, the evidence (file and line, or a command&apos;s
output) and the phase step that would fix it. Changes nothing. With --json: one object
whose &quot;findings&quot; list is empty when there is nothing to report; &quot;not_read&quot; lists the
nodes that could not be read.</source>
        <translation>Lit chaque nœud de la fiche via SSH (fichiers, paramètres, unités, services à l&apos;écoute)
et liste chaque écart par rapport à ce que pgpilot construirait : un erratum du guide encore présent ou
une modification locale, avec son risque en termes simples, la preuve (fichier et ligne, ou sortie
d&apos;une commande) et l&apos;étape de phase qui le corrigerait. Ne modifie rien. Avec --json : un objet
dont la liste &quot;findings&quot; est vide quand il n&apos;y a rien à signaler ; &quot;not_read&quot; liste les
nœuds qui n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Exit status: 0 no finding, 1 findings, 2 usage error, 3 cluster file problem or no node
could be read.</source>
        <translation>Code de sortie : 0 aucun écart, 1 des écarts, 2 erreur d&apos;utilisation, 3 problème de fichier de cluster ou
aucun nœud n&apos;a pu être lu.</translation>
    </message>
    <message>
        <source>Host keys not known yet (check each on its node, then confirm with --accept-host-key NAME=SHA256:...):
  %1
</source>
        <translation>Clés d&apos;hôte pas encore connues (vérifiez chacune sur son nœud, puis confirmez avec --accept-host-key NAME=SHA256:...) :
  %1
</translation>
    </message>
    <message>
        <source>
Read-only: pgpilot check %1 (the checkpoints), pgpilot audit %1.
</source>
        <translation>
Lecture seule : pgpilot check %1 (les points de contrôle), pgpilot audit %1.
</translation>
    </message>
    <message>
        <source>%1 needs --%2 FILE.</source>
        <translation>%1 nécessite --%2 FICHIER.</translation>
    </message>
    <message>
        <source>Show, per node and file, what the phase would change and which services it would reload, restart or stop; change nothing.</source>
        <translation>Afficher, par nœud et par fichier, ce que la phase modifierait et quels services elle rechargerait, redémarrerait ou arrêterait ; ne rien modifier.</translation>
    </message>
    <message>
        <source>%1 was adopted: pgpilot converges it one phase at a time. Look at what a phase would change with
  pgpilot apply %1 --phase N --preview
then apply it with --phase N --yes (N from 1 to 4, in order).
</source>
        <translation>%1 a été adopté : pgpilot l&apos;aligne une phase à la fois. Voir ce qu&apos;une phase modifierait avec
  pgpilot apply %1 --phase N --preview
puis l&apos;appliquer avec --phase N --yes (N de 1 à 4, dans l&apos;ordre).
</translation>
    </message>
    <message>
        <source>%1 was adopted: phase %2 changes a cluster in service. Look at what it would change first:
  pgpilot apply %1 --phase %2 --preview
then add --yes to apply it.
</source>
        <translation>%1 a été adopté : la phase %2 modifie un cluster en service. Voir d&apos;abord ce qu&apos;elle modifierait :
  pgpilot apply %1 --phase %2 --preview
puis ajouter --yes pour l&apos;appliquer.
</translation>
    </message>
    <message>
        <source>Phase %1 converged, but %2 could not be rewritten to say so: %3
</source>
        <translation>Phase %1 alignée, mais %2 n&apos;a pas pu être réécrit pour l&apos;indiquer : %3
</translation>
    </message>
    <message>
        <source>Phase %1 converged; %2 records it.
</source>
        <translation>Phase %1 alignée ; %2 l&apos;enregistre.
</translation>
    </message>
    <message>
        <source>Phase %1 converged: the cluster is now set up as pgpilot builds it, and %2 is an ordinary pgpilot worksheet.
</source>
        <translation>Phase %1 alignée : le cluster est maintenant configuré comme pgpilot le construit, et %2 est une feuille de travail pgpilot ordinaire.
</translation>
    </message>
    <message>
        <source>Log in with a password (the entry --login-secret names) instead of a key or the agent.</source>
        <translation>Se connecter avec un mot de passe (l&apos;entrée que nomme --login-secret) au lieu d&apos;une clé ou de l&apos;agent.</translation>
    </message>
    <message>
        <source>none|nopasswd|password</source>
        <translation>none|nopasswd|password</translation>
    </message>
    <message>
        <source>How the login becomes root: none (it is root), nopasswd (sudo without a password) or password (sudo asks for the login&apos;s password).</source>
        <translation>Comment la connexion devient root : none (elle est root), nopasswd (sudo sans mot de passe) ou password (sudo demande le mot de passe de la connexion).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>The keychain entry (or --secrets-file key) holding the login&apos;s password: for --ssh-password, --sudo password or a key&apos;s passphrase. The worksheet names it too; the password itself is never asked for on the command line.</source>
        <translation>L&apos;entrée du trousseau (ou la clé de --secrets-file) qui contient le mot de passe de la connexion : pour --ssh-password, --sudo password ou la phrase de passe d&apos;une clé. La feuille de travail la nomme aussi ; le mot de passe lui-même n&apos;est jamais demandé sur la ligne de commande.</translation>
    </message>
    <message>
        <source>--ssh-password and --key exclude each other.</source>
        <translation>--ssh-password et --key s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--sudo takes none, nopasswd or password.</source>
        <translation>--sudo accepte none, nopasswd ou password.</translation>
    </message>
    <message>
        <source>--login-secret: %1 is not a keychain entry name (letters, digits, &apos;:&apos;, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>--login-secret : %1 n&apos;est pas un nom d&apos;entrée du trousseau (lettres, chiffres, &apos;:&apos;, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>A password login or sudo password needs --login-secret KEY: the entry of the keychain (or of --secrets-file) that holds the password.</source>
        <translation>Une connexion par mot de passe ou un mot de passe sudo demande --login-secret CLÉ : l&apos;entrée du trousseau (ou de --secrets-file) qui contient le mot de passe.</translation>
    </message>
    <message>
        <source>%1 (cleared)</source>
        <translation>%1 (résolue)</translation>
    </message>
    <message>
        <source>%1 %2 incident %3: %4 %5 (%6): %7
</source>
        <translation>%1 %2 incident %3 : %4 %5 (%6) : %7
</translation>
    </message>
    <message>
        <source>watch clusters without a window and send notifications</source>
        <translation>surveiller des clusters sans fenêtre et envoyer des notifications</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>POST each notification here (http or https; a URL with a token belongs in the keychain: --webhook-secret).</source>
        <translation>Envoyer chaque notification ici (http ou https ; une URL contenant un jeton va dans le trousseau : --webhook-secret).</translation>
    </message>
    <message>
        <source>Read the webhook&apos;s URL from this keychain entry (or --secrets-file key).</source>
        <translation>Lire l&apos;URL du webhook dans cette entrée du trousseau (ou clé de --secrets-file).</translation>
    </message>
    <message>
        <source>warning|critical</source>
        <translation>warning|critical</translation>
    </message>
    <message>
        <source>Notify alarms from this severity on (default warning).</source>
        <translation>Notifier les alarmes à partir de cette gravité (par défaut warning).</translation>
    </message>
    <message>
        <source>An incident is over after this long without an alarm (default 30).</source>
        <translation>Un incident est terminé après cette durée sans alarme (par défaut 30).</translation>
    </message>
    <message>
        <source>Notify an open incident again after this long (default 14400; 0: never).</source>
        <translation>Notifier de nouveau un incident ouvert après cette durée (par défaut 14400 ; 0 : jamais).</translation>
    </message>
    <message>
        <source>Print each notification as its webhook JSON.</source>
        <translation>Afficher chaque notification sous la forme de son JSON de webhook.</translation>
    </message>
    <message>
        <source>--min-severity takes warning or critical.</source>
        <translation>--min-severity accepte warning ou critical.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds.</source>
        <translation>--%1 attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--webhook and --webhook-secret exclude each other.</source>
        <translation>--webhook et --webhook-secret s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>The webhook: %1.</source>
        <translation>Le webhook : %1.</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>%1: cannot watch: %2
</source>
        <translation>%1 : surveillance impossible : %2
</translation>
    </message>
    <message numerus="yes">
        <source>watching %1 (%n node(s))
</source>
        <translation>
            <numerusform>surveillance de %1 (%n nœud)
</numerusform>
            <numerusform>surveillance de %1 (%n nœuds)
</numerusform>
        </translation>
    </message>
    <message>
        <source>print the stored history of the cluster</source>
        <translation>afficher l&apos;historique enregistré du cluster</translation>
    </message>
    <message>
        <source>Prints the history the monitor recorded for the cluster (kept 30 days): the timeline
of events, the incidents and the times nothing was recorded; with --at the
cluster as it was then; with --bundle one .tar file of an incident to attach to a
post-mortem (frames, events, the audit log&apos;s entries, a summary; secrets masked).
TIME: ISO 8601 (2026-11-26T10:00:00Z; without an offset it is UTC; 2026-11-26 is
midnight), now, or relative: -90s, -30m, -2h, -7d.</source>
        <translation>Affiche l&apos;historique que le moniteur a enregistré pour le cluster (conservé 30 jours) : la
chronologie des événements, les incidents et les périodes sans enregistrement ; avec --at, le
cluster tel qu&apos;il était alors ; avec --bundle, un fichier .tar d&apos;un incident à joindre à un
post-mortem (instantanés, événements, entrées du journal d&apos;audit, un résumé ; secrets masqués).
MOMENT : ISO 8601 (2026-11-26T10:00:00Z ; sans décalage, c&apos;est UTC ; 2026-11-26 est
minuit), now, ou relatif : -90s, -30m, -2h, -7d.</translation>
    </message>
    <message>
        <source>Exit status: 0 printed or written, 1 nothing stored for that time, 2 usage error, 3
cluster file problem or the bundle cannot be written.</source>
        <translation>Code de sortie : 0 affiché ou écrit, 1 rien d&apos;enregistré pour ce moment, 2 erreur d&apos;usage, 3
problème de fichier de cluster ou paquet impossible à écrire.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>MOMENT</translation>
    </message>
    <message>
        <source>From this time on (default -24h).</source>
        <translation>À partir de ce moment (par défaut -24h).</translation>
    </message>
    <message>
        <source>Up to this time (default now).</source>
        <translation>Jusqu&apos;à ce moment (par défaut now).</translation>
    </message>
    <message>
        <source>Print the events only (no incidents, no gaps).</source>
        <translation>Afficher seulement les événements (ni incidents, ni lacunes).</translation>
    </message>
    <message>
        <source>Print the cluster as it was at this time.</source>
        <translation>Afficher le cluster tel qu&apos;il était à ce moment.</translation>
    </message>
    <message>
        <source>FILE.tar</source>
        <translation>FICHIER.tar</translation>
    </message>
    <message>
        <source>Write the incident bundle of --since to --until (default: around the last incident) to this new file.</source>
        <translation>Écrire le paquet d&apos;incident de --since à --until (par défaut : autour du dernier incident) dans ce nouveau fichier.</translation>
    </message>
    <message>
        <source>Print JSON, one object a line.</source>
        <translation>Afficher du JSON, un objet par ligne.</translation>
    </message>
    <message>
        <source>The bundle takes the audit log from here (as apply --state-dir wrote it) instead of the user&apos;s data directory.</source>
        <translation>Le paquet prend le journal d&apos;audit ici (tel que apply --state-dir l&apos;a écrit) plutôt que dans le dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>--%1 %2: not a time (ISO 8601 such as 2026-11-26T10:00:00Z, now, or -30m, -2h, -7d).</source>
        <translation>--%1 %2 : pas un moment valide (ISO 8601 comme 2026-11-26T10:00:00Z, now, ou -30m, -2h, -7d).</translation>
    </message>
    <message>
        <source>--at prints one moment: it takes none of --since, --until, --events, --bundle.</source>
        <translation>--at affiche un seul moment : il n&apos;accepte ni --since, ni --until, ni --events, ni --bundle.</translation>
    </message>
    <message>
        <source>--since %1 is after --until %2.</source>
        <translation>--since %1 est après --until %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history were not valid and were skipped.
</source>
        <translation>
            <numerusform>%n ligne de l&apos;historique n&apos;était pas valide et a été ignorée.
</numerusform>
            <numerusform>%n lignes de l&apos;historique n&apos;étaient pas valides et ont été ignorées.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored for %1 at or before %2 (in %3).
</source>
        <translation>Rien n&apos;est enregistré pour %1 à %2 ou avant (dans %3).
</translation>
    </message>
    <message>
        <source>Nothing was recorded at %1 (from %2 to %3: pgpilot was not running, or its monitor stalled). The cluster as last recorded before:
</source>
        <translation>Rien n&apos;a été enregistré à %1 (de %2 à %3 : pgpilot ne tournait pas, ou son moniteur était bloqué). Le cluster tel qu&apos;enregistré pour la dernière fois avant :
</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No history is stored for %1 (in %2): pgpilot watch or the window records it while they run.
</source>
        <translation>Aucun historique n&apos;est enregistré pour %1 (dans %2) : pgpilot watch ou la fenêtre l&apos;enregistrent pendant qu&apos;ils tournent.
</translation>
    </message>
    <message>
        <source>history of %1 from %2 to %3 (stored: %4 to %5)
</source>
        <translation>historique de %1 de %2 à %3 (enregistré : %4 à %5)
</translation>
    </message>
    <message>
        <source>nothing recorded until %1</source>
        <translation>rien d&apos;enregistré jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>incidents: %1
</source>
        <translation>incidents : %1
</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours ouvert</translation>
    </message>
    <message>
        <source>--bundle takes both --since and --until, or neither (the last incident).</source>
        <translation>--bundle prend à la fois --since et --until, ou aucun des deux (le dernier incident).</translation>
    </message>
    <message>
        <source>No incident is stored for %1: give the window with --since and --until.
</source>
        <translation>Aucun incident n&apos;est enregistré pour %1 : donner la plage avec --since et --until.
</translation>
    </message>
    <message>
        <source>The last incident&apos;s window: %1 to %2.
</source>
        <translation>Plage du dernier incident : %1 à %2.
</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the history or the audit log were not valid and were left out.
</source>
        <translation>
            <numerusform>%n ligne de l&apos;historique ou du journal d&apos;audit n&apos;était pas valide et a été omise.
</numerusform>
            <numerusform>%n lignes de l&apos;historique ou du journal d&apos;audit n&apos;étaient pas valides et ont été omises.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 frame(s), %3 event(s), %4 audit entries, %5 to %6
</source>
        <translation>%1 : %2 instantané(s), %3 événement(s), %4 entrées d&apos;audit, %5 à %6
</translation>
    </message>
    <message>
        <source>Also print the timeline&apos;s events, with what repmgr recorded on the nodes while no pgpilot watched (with --watch: each event as it comes).</source>
        <translation>Afficher aussi les événements de la chronologie, avec ce que repmgr a enregistré sur les nœuds pendant qu&apos;aucun pgpilot ne surveillait (avec --watch : chaque événement à mesure qu&apos;il arrive).</translation>
    </message>
    <message>
        <source>Exit status: 130/143 stopped by SIGINT/SIGTERM (after the pending deliveries, at most
10 s), 2 usage error, 3 cluster file, notification configuration, keychain or monitor
problem. With --test: 0 when every channel delivered, 1 when one did not.</source>
        <translation>Code de sortie : 130/143 arrêté par SIGINT/SIGTERM (après les envois en attente, 10 s au
plus), 2 erreur d&apos;usage, 3 problème de fichier de cluster, de configuration des notifications,
de trousseau ou de moniteur. Avec --test : 0 quand chaque canal a remis, 1 quand l&apos;un n&apos;a pas remis.</translation>
    </message>
    <message>
        <source>Channels (webhook, e-mail over SMTP, desktop), policy and per-alarm rules from this JSON file; the options below override its policy and webhook.</source>
        <translation>Canaux (webhook, e-mail par SMTP, bureau), politique et règles par alarme depuis ce fichier JSON ; les options ci-dessous remplacent sa politique et son webhook.</translation>
    </message>
    <message>
        <source>Show each notification on the desktop too (freedesktop notifications, session bus).</source>
        <translation>Afficher aussi chaque notification sur le bureau (notifications freedesktop, bus de session).</translation>
    </message>
    <message>
        <source>Send one test notification (state &quot;test&quot;) to every channel, print each one&apos;s result and exit: 0 only when all delivered.</source>
        <translation>Envoyer une notification de test (état &quot;test&quot;) à chaque canal, afficher le résultat de chacun et quitter : 0 seulement si tous ont remis.</translation>
    </message>
    <message>
        <source>Announce an incident that starts with warnings this long after its first alarm, with
every alarm seen by then (default 1). A critical alarm is announced at once.</source>
        <translation>Annoncer un incident qui commence par des avertissements ce délai après sa première alarme,
avec toutes les alarmes vues jusque-là (par défaut 1). Une alarme critique est annoncée aussitôt.</translation>
    </message>
    <message>
        <source>Critical alarms wait the group wait too (the behaviour before this option existed).</source>
        <translation>Les alarmes critiques attendent aussi le délai de regroupement (le comportement d&apos;avant cette option).</translation>
    </message>
    <message>
        <source>Keep no history on disk (by default each cluster&apos;s snapshots and events are kept,
docs/history.md).</source>
        <translation>Ne garder aucun historique sur disque (par défaut, les instantanés et événements de chaque
cluster sont conservés, docs/history.md).</translation>
    </message>
    <message>
        <source>The notifications: %1
</source>
        <translation>Les notifications : %1
</translation>
    </message>
    <message>
        <source>--test needs a channel: --notify-config, --webhook, --webhook-secret or --desktop.</source>
        <translation>--test a besoin d&apos;un canal : --notify-config, --webhook, --webhook-secret ou --desktop.</translation>
    </message>
    <message>
        <source>%1: NOT delivered: %2
</source>
        <translation>%1 : NON remis : %2
</translation>
    </message>
    <message>
        <source>%1: delivered: %2
</source>
        <translation>%1 : remis : %2
</translation>
    </message>
    <message>
        <source>Only this phase (0-5, 6 with a backup repository).</source>
        <translation>Seulement cette phase (0-5, 6 avec un dépôt de sauvegarde).</translation>
    </message>
    <message>
        <source>Phase 6 (backups) needs a backup repository: set archiving.mode to pgbackrest and fill the backup section of %1.
</source>
        <translation>La phase 6 (sauvegardes) a besoin d&apos;un dépôt de sauvegarde : mettre archiving.mode à pgbackrest et remplir la section backup de %1.
</translation>
    </message>
    <message>
        <source>Phases run from 0 to %1; %2..%3 is not a range of them.
</source>
        <translation>Les phases vont de 0 à %1 ; %2..%3 n&apos;en est pas un intervalle.
</translation>
    </message>
    <message>
        <source>carry out the runbook&apos;s phases 0-5 (6: backups) over SSH</source>
        <translation>exécuter les phases 0-5 du runbook (6 : sauvegardes) via SSH</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>full, diff or incr (default incr; a full one when the repository has none).</source>
        <translation>full, diff ou incr (incr par défaut ; une complète si le dépôt n&apos;en a aucune).</translation>
    </message>
    <message>
        <source>ISO 8601 with its zone, e.g. 2026-12-05T10:15:00Z: the cluster is restored to it.</source>
        <translation>ISO 8601 avec son fuseau, p. ex. 2026-12-05T10:15:00Z : le cluster est restauré à cet instant.</translation>
    </message>
    <message>
        <source>%1 takes no node: it works on the whole cluster.
</source>
        <translation>%1 ne prend pas de nœud : la commande porte sur tout le cluster.
</translation>
    </message>
    <message>
        <source>--type is for backup only.
</source>
        <translation>--type ne vaut que pour backup.
</translation>
    </message>
    <message>
        <source>--target-time is for restore only.
</source>
        <translation>--target-time ne vaut que pour restore.
</translation>
    </message>
    <message>
        <source>take a pgBackRest backup now (full, diff or incr)</source>
        <translation>prendre maintenant une sauvegarde pgBackRest (full, diff ou incr)</translation>
    </message>
    <message>
        <source>Needs a backup repository (phase 6). Pre-checks that the stanza answers, that no backup
runs and that the repository has room; then the repository host takes the backup, its
files read from a standby; then verifies that the newest backup is this one, without
error, and prints its size, duration and throughput.</source>
        <translation>Nécessite un dépôt de sauvegarde (phase 6). Vérifie d&apos;abord que la stanza répond, qu&apos;aucune
sauvegarde ne tourne et que le dépôt a de la place ; puis l&apos;hôte du dépôt prend la
sauvegarde, ses fichiers étant lus depuis un secondaire ; vérifie ensuite que la sauvegarde
la plus récente est celle-ci, sans erreur, et affiche sa taille, sa durée et son débit.</translation>
    </message>
    <message>
        <source>prove the backups restore: a scratch restore on the repository host</source>
        <translation>prouver que les sauvegardes se restaurent : une restauration temporaire sur l&apos;hôte du dépôt</translation>
    </message>
    <message>
        <source>Writes a marker row on the primary and has its WAL archived; then the repository host
restores the newest backup and every archived WAL segment into a scratch cluster,
starts it, finds the marker row, reports the time taken and the recovery point, and
removes the scratch cluster. The cluster&apos;s nodes only write the marker.</source>
        <translation>Écrit une ligne témoin sur le primaire et fait archiver son WAL ; puis l&apos;hôte du dépôt
restaure la sauvegarde la plus récente et chaque segment WAL archivé dans un cluster
temporaire, le démarre, trouve la ligne témoin, indique la durée et le point de
restauration, et supprime le cluster temporaire. Les nœuds du cluster ne font qu&apos;écrire
le témoin.</translation>
    </message>
    <message>
        <source>point-in-time recovery of the whole cluster</source>
        <translation>restauration à un instant donné (PITR) de tout le cluster</translation>
    </message>
    <message>
        <source>Brings the whole cluster back to --target-time. Pre-checks refuse a time in the future or
before the oldest backup; then the repository host rehearses the restore in a scratch
cluster and stops there if the repository cannot reach that time. Then it stops repmgrd,
the health service and PostgreSQL everywhere, restores the worksheet&apos;s primary to that
time, clones the others from it, starts the services again, verifies roles, the VIP and
ports, and takes a full backup of the new timeline. Transactions after the time are gone
from the cluster.</source>
        <translation>Ramène tout le cluster à --target-time. Les vérifications préalables refusent un instant
futur ou antérieur à la plus ancienne sauvegarde ; puis l&apos;hôte du dépôt répète la restauration
dans un cluster temporaire et s&apos;arrête là si le dépôt ne peut pas atteindre cet instant. Puis il
arrête repmgrd, le service de santé et PostgreSQL partout, restaure le primaire de la fiche à cet
instant, clone les autres depuis lui, redémarre les services, vérifie les rôles, la VIP et les
ports, et prend une sauvegarde complète de la nouvelle timeline. Les transactions après cet
instant disparaissent du cluster.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>How long failover may stay paused before every dashboard and pgpilot watch raise an alarm: 30m, 2h, 1h30m (default 60m, at most 24h).</source>
        <translation>Durée pendant laquelle le failover peut rester suspendu avant que chaque tableau de bord et pgpilot watch lèvent une alarme : 30m, 2h, 1h30m (60m par défaut, 24h au plus).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Why (one line, shown with the pause on every dashboard and in its alarm).</source>
        <translation>Pourquoi (une ligne, affichée avec la pause sur chaque tableau de bord et dans son alarme).</translation>
    </message>
    <message>
        <source>--window and --reason are for pause only.
</source>
        <translation>--window et --reason ne servent qu&apos;à pause.
</translation>
    </message>
    <message>
        <source>pause automatic failover for a maintenance window</source>
        <translation>suspendre le failover automatique pour une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Pre-checks that every node answers, that repmgrd runs everywhere and that repmgr&apos;s dry run
reaches every node from the primary; then records the window (--window, who, --reason)
in the cluster and runs repmgr service pause on the primary; then verifies that every
node reports repmgrd paused. Every dashboard, the wall and pgpilot watch show the pause
and raise a critical alarm once the window has passed. Pausing a paused cluster says so
and records the new window.</source>
        <translation>Vérifie d&apos;abord que chaque nœud répond, que repmgrd tourne partout et que la simulation de
repmgr atteint chaque nœud depuis le primaire ; puis enregistre la fenêtre (--window, qui,
--reason) dans le cluster et exécute repmgr service pause sur le primaire ; puis vérifie que
chaque nœud signale repmgrd suspendu. Chaque tableau de bord, le mur et pgpilot watch
affichent la pause et lèvent une alarme critique une fois la fenêtre dépassée. Suspendre un
cluster déjà suspendu le signale et enregistre la nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>resume automatic failover</source>
        <translation>reprendre le failover automatique</translation>
    </message>
    <message>
        <source>The same pre-checks as pause; then repmgr service unpause on the primary and the recorded
window closed; then verifies that repmgrd runs unpaused on every node and that repmgr
sees one primary and every standby running. Unpausing a running cluster says so.</source>
        <translation>Les mêmes vérifications préalables que pause ; puis repmgr service unpause sur le primaire et la
fenêtre enregistrée fermée ; puis vérifie que repmgrd tourne sans pause sur chaque nœud et que
repmgr voit un primaire et chaque secondaire en marche. Reprendre un cluster qui tourne le signale.</translation>
    </message>
    <message>
        <source>The standby to switch over to (default: the first standby of the cluster file).</source>
        <translation>Le secondaire vers lequel basculer (par défaut : le premier secondaire du fichier de cluster).</translation>
    </message>
    <message>
        <source>End with a switchover back to the node that was primary at the start.</source>
        <translation>Terminer par une bascule de retour vers le nœud qui était primaire au début.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Comma-separated: postgresql, repmgr, haproxy, keepalived, pgbackrest.</source>
        <translation>Séparés par des virgules : postgresql, repmgr, haproxy, keepalived, pgbackrest.</translation>
    </message>
    <message>
        <source>--switch-back is for rolling-restart and upgrade.
</source>
        <translation>--switch-back ne vaut que pour rolling-restart et upgrade.
</translation>
    </message>
    <message>
        <source>Give the packages to upgrade with --packages (e.g. postgresql,repmgr).
</source>
        <translation>Indiquer les paquets à mettre à niveau avec --packages (p. ex. postgresql,repmgr).
</translation>
    </message>
    <message>
        <source>--packages is for upgrade only.
</source>
        <translation>--packages ne vaut que pour upgrade.
</translation>
    </message>
    <message>
        <source>restart PostgreSQL everywhere, one node at a time</source>
        <translation>redémarrer PostgreSQL partout, un nœud à la fois</translation>
    </message>
    <message>
        <source>For settings that need a restart. Pre-checks that every node answers, one primary, every
standby streaming, repmgrd and SSH. Then restarts the standbys one at a time (each must
stream and catch up before the next), switches over to a caught-up standby (--to, or the
first standby of the cluster file) so that repmgr restarts the old primary as its standby,
and with --switch-back switches back. Writes through the VIP pause once per switchover;
the outage is measured. Verifies that every node restarted and nothing waits for one.</source>
        <translation>Pour les paramètres qui exigent un redémarrage. Vérifications préalables : chaque nœud répond,
un primaire, chaque secondaire diffuse, repmgrd et SSH. Redémarre ensuite les secondaires un à
un (chacun doit diffuser et rattraper son retard avant le suivant), bascule vers un secondaire
à jour (--to, ou le premier secondaire du fichier de cluster) pour que repmgr redémarre
l&apos;ancien primaire comme son secondaire, et avec --switch-back rebascule. Les écritures via la
VIP s&apos;interrompent une fois par bascule ; l&apos;interruption est mesurée. Vérifie que chaque nœud
a redémarré et que rien n&apos;attend de redémarrage.</translation>
    </message>
    <message>
        <source>rolling minor upgrade of the cluster&apos;s packages</source>
        <translation>mise à niveau mineure progressive des paquets du cluster</translation>
    </message>
    <message>
        <source>Installs the new versions the nodes&apos; package source offers for --packages, in the order of
rolling-restart: the standbys one at a time (apt-get install, only upgrades, then whatever runs
an old binary restarts, then the node must stream and catch up), a switchover, the old
primary, ALTER EXTENSION repmgr UPDATE. The pre-checks run apt-get update and print a table
of node, package, installed and new version; they refuse when nothing is newer or when
nodes would get different versions. A node whose upgrade fails stops the operation there;
run it again once fixed: nodes already done are skipped.</source>
        <translation>Installe les nouvelles versions que la source de paquets des nœuds propose pour --packages, dans
l&apos;ordre de rolling-restart : les secondaires un par un (apt-get install, mises à niveau seulement,
puis redémarrage de ce qui exécute encore un ancien binaire, puis le nœud doit diffuser et rattraper
son retard), une bascule, l&apos;ancien primaire, ALTER EXTENSION repmgr UPDATE. Les vérifications
préalables lancent apt-get update et affichent un tableau nœud, paquet, version installée et nouvelle ;
elles refusent si rien n&apos;est plus récent ou si des nœuds recevraient des versions différentes. Un nœud
dont la mise à niveau échoue arrête l&apos;opération ; relancez-la une fois corrigé : les nœuds faits sont sautés.</translation>
    </message>
    <message>
        <source>Do not run it now: schedule it for TIME (ISO 8601 with its zone, e.g. 2026-12-06T02:00:00Z, at most 30 days ahead). A running pgpilot watch runs it; pgpilot schedule lists and cancels.</source>
        <translation>Ne pas l&apos;exécuter maintenant : la planifier pour MOMENT (ISO 8601 avec son fuseau horaire, p. ex. 2026-12-06T02:00:00Z, 30 jours à l&apos;avance au plus). Un pgpilot watch en marche l&apos;exécute ; pgpilot schedule liste et annule.</translation>
    </message>
    <message>
        <source>With --at: the dashboards and pgpilot watch raise a reminder this long before it starts (default 15m; 0: none).</source>
        <translation>Avec --at : les tableaux de bord et pgpilot watch lèvent un rappel autant de temps avant le début (15m par défaut ; 0 : aucun).</translation>
    </message>
    <message>
        <source>--at and --remind are for switchover, rolling-restart and upgrade.
</source>
        <translation>--at et --remind ne valent que pour switchover, rolling-restart et upgrade.
</translation>
    </message>
    <message>
        <source>--remind goes with --at (the time the operation is scheduled for).
</source>
        <translation>--remind va avec --at (le moment pour lequel l&apos;opération est planifiée).
</translation>
    </message>
    <message>
        <source>list or cancel scheduled operations</source>
        <translation>lister ou annuler les opérations planifiées</translation>
    </message>
    <message>
        <source>Lists the operations scheduled with --at (switchover, rolling-restart, upgrade) as
recorded in the cluster, the newest 50: when, what, who asked, and the state
(scheduled, running, done, failed, cancelled) with the result. --cancel ID calls off
one that has not started. A running pgpilot watch with this cluster&apos;s secrets runs
each when it is due.</source>
        <translation>Liste les opérations planifiées avec --at (switchover, rolling-restart, upgrade) telles
qu&apos;enregistrées dans le cluster, les 50 plus récentes : quand, quoi, qui l&apos;a demandée, et l&apos;état
(scheduled, running, done, failed, cancelled) avec le résultat. --cancel ID annule une
opération pas encore démarrée. Un pgpilot watch en marche disposant des secrets de ce cluster
exécute chacune à son échéance.</translation>
    </message>
    <message>
        <source>Exit status: 0 listed or cancelled, 1 nothing to cancel (not found, or already
started or finished), 2 usage error or no --yes, 3 cluster file, keychain or
connection problem.</source>
        <translation>Code de sortie : 0 listé ou annulé, 1 rien à annuler (introuvable, ou déjà démarrée
ou terminée), 2 erreur d&apos;usage ou pas de --yes, 3 problème de fichier de cluster,
de trousseau ou de connexion.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cancel the scheduled operation with this id.</source>
        <translation>Annuler l&apos;opération planifiée portant cet ID.</translation>
    </message>
    <message>
        <source>Confirm --cancel: without it nothing changes.</source>
        <translation>Confirmer --cancel : sans cela, rien ne change.</translation>
    </message>
    <message>
        <source>The list (or the cancellation) as one JSON object.</source>
        <translation>La liste (ou l&apos;annulation) en un seul objet JSON.</translation>
    </message>
    <message>
        <source>--cancel takes the id pgpilot schedule lists (a number).</source>
        <translation>--cancel prend l&apos;ID que liste pgpilot schedule (un nombre).</translation>
    </message>
    <message>
        <source>This would cancel scheduled operation #%1 of cluster %2.
Add --yes to go ahead.
</source>
        <translation>Ceci annulerait l&apos;opération planifiée #%1 du cluster %2.
Ajouter --yes pour continuer.
</translation>
    </message>
    <message>
        <source>Cancelled scheduled operation #%1.
</source>
        <translation>Opération planifiée #%1 annulée.
</translation>
    </message>
    <message>
        <source>No scheduled operation #%1 on cluster %2: pgpilot schedule lists them.
</source>
        <translation>Aucune opération planifiée #%1 sur le cluster %2 : pgpilot schedule les liste.
</translation>
    </message>
    <message>
        <source>Scheduled operation #%1 is %2, not scheduled: only one that has not started can be cancelled.
</source>
        <translation>L&apos;opération planifiée #%1 est à l&apos;état %2, pas scheduled : seule une opération pas encore démarrée peut être annulée.
</translation>
    </message>
    <message>
        <source>No operations scheduled on cluster %1.
</source>
        <translation>Aucune opération planifiée sur le cluster %1.
</translation>
    </message>
    <message>
        <source>%1 on cluster %2 at %3 (reminder %4 min before)</source>
        <translation>%1 sur le cluster %2 à %3 (rappel %4 min avant)</translation>
    </message>
    <message>
        <source>This would schedule: %1.
Add --yes to go ahead.
</source>
        <translation>Ceci planifierait : %1.
Ajouter --yes pour continuer.
</translation>
    </message>
    <message>
        <source>The primary (%1) did not say which id it recorded: %2
</source>
        <translation>Le primaire (%1) n&apos;a pas indiqué quel ID il a enregistré : %2
</translation>
    </message>
    <message>
        <source>Scheduled #%1: %2, requested by %3 (recorded on %4).
A running pgpilot watch with this cluster&apos;s secrets runs it when it is due; pgpilot schedule lists it and --cancel %1 --yes calls it off.
</source>
        <translation>Planifiée #%1 : %2, à la demande de %3 (enregistrée sur %4).
Un pgpilot watch en marche disposant des secrets de ce cluster l&apos;exécute à son échéance ; pgpilot schedule la liste et --cancel %1 --yes l&apos;annule.
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
        <translation>Fait tourner le moniteur du tableau de bord sur chaque fichier de cluster donné, jusqu&apos;à
interruption. Ses alarmes deviennent des incidents, un à la fois par cluster : une notification
quand un incident s&apos;ouvre, devient critique, est toujours ouvert après --repeat secondes, et
quand il est terminé (aucune alarme pendant --clear-hold secondes : un nœud instable reste un
seul incident). Chacune est affichée et envoyée à chaque canal : le webhook (JSON), l&apos;e-mail et
le bureau, configurés par --notify-config (docs/notifications.md décrit le format du fichier et
le schéma du webhook) ou par --webhook et --desktop. --test envoie à la place une notification
de test à chaque canal et s&apos;arrête.
Exécute aussi les opérations planifiées avec --at à leur échéance (pgpilot schedule les
liste), une à la fois, comme la ligne de commande avec --yes, et enregistre chaque résultat
dans le cluster ; --no-schedule les laisse à un autre pgpilot watch.</translation>
    </message>
    <message>
        <source>Do not run scheduled operations here (another pgpilot watch does; the reminders and
alarms about them still come).</source>
        <translation>Ne pas exécuter ici les opérations planifiées (un autre pgpilot watch s&apos;en charge ; les rappels
et alarmes à leur sujet arrivent toujours).</translation>
    </message>
    <message>
        <source>%1 %2 scheduled %3
</source>
        <translation>%1 %2 planification %3
</translation>
    </message>
    <message>
        <source>compare the worksheet&apos;s settings with the nodes; --apply writes and reloads them</source>
        <translation>comparer les réglages de la fiche avec les nœuds ; --apply les écrit et les recharge</translation>
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
        <translation>Lit le pg_settings de chaque nœud pour les paramètres PostgreSQL de la fiche (la section
settings) et affiche, par paramètre, la valeur en vigueur, celle de la fiche et ce que le
changement requiert : un rechargement ou un redémarrage. Les valeurs que le serveur n&apos;accepte
pas (paramètre inconnu, mauvaise unité, hors plage) sont nommées. Ne modifie rien.
Avec --apply --yes : écrit conf.d/pgpilot-settings.conf sur chaque nœud et recharge
PostgreSQL, réécrit haproxy.cfg et keepalived.conf là où leurs délais ont changé et les
recharge (jamais de redémarrage) ; quand une valeur attend un redémarrage de PostgreSQL,
un redémarrage progressif suit (les secondaires un par un, puis une bascule ; voir pgpilot
rolling-restart), sauf avec --no-restart, qui affiche la commande à la place.</translation>
    </message>
    <message>
        <source>Exit status: 0 every value taken (and, with --apply, written and in effect or waiting for a
restart), 1 a value refused or a step failed, 2 usage error or --apply without --yes,
3 cluster file, keychain or connection problem.</source>
        <translation>Code de sortie : 0 chaque valeur acceptée (et, avec --apply, écrite et en vigueur ou en attente
d&apos;un redémarrage), 1 une valeur refusée ou une étape a échoué, 2 erreur d&apos;usage ou --apply
sans --yes, 3 problème de fichier de cluster, de trousseau ou de connexion.</translation>
    </message>
    <message>
        <source>Write the settings on every node and reload (needs --yes).</source>
        <translation>Écrire les réglages sur chaque nœud et recharger (requiert --yes).</translation>
    </message>
    <message>
        <source>Confirm --apply (reloads every node).</source>
        <translation>Confirmer --apply (recharge chaque nœud).</translation>
    </message>
    <message>
        <source>With --apply: leave what waits for a restart to pgpilot rolling-restart.</source>
        <translation>Avec --apply : laisser ce qui attend un redémarrage à pgpilot rolling-restart.</translation>
    </message>
    <message>
        <source>Do not write through the VIP to measure the rolling restart&apos;s outage.</source>
        <translation>Ne pas écrire via la VIP pour mesurer l&apos;interruption du redémarrage progressif.</translation>
    </message>
    <message>
        <source>Applying what waits for a restart (%1) with a rolling restart.
</source>
        <translation>Application de ce qui attend un redémarrage (%1) par un redémarrage progressif.
</translation>
    </message>
    <message>
        <source>
Interrupted: stopping the running step on every node.
</source>
        <translation>
Interrompu : arrêt de l&apos;étape en cours sur chaque nœud.
</translation>
    </message>
    <message>
        <source>Settings of cluster %1 (the worksheet against the nodes):
</source>
        <translation>Réglages du cluster %1 (la fiche face aux nœuds) :
</translation>
    </message>
    <message>
        <source>Settings of cluster %1 after the reload:
</source>
        <translation>Réglages du cluster %1 après le rechargement :
</translation>
    </message>
    <message>
        <source>Apply it with: pgpilot settings %1 --apply --yes
</source>
        <translation>L&apos;appliquer avec : pgpilot settings %1 --apply --yes
</translation>
    </message>
    <message>
        <source>Nothing was written: correct what the nodes refuse (above) on the worksheet first.
</source>
        <translation>Rien n&apos;a été écrit : corriger d&apos;abord dans la fiche ce que les nœuds refusent (ci-dessus).
</translation>
    </message>
    <message>
        <source>--apply writes the settings on every node and reloads PostgreSQL (and HAProxy and Keepalived where their timings changed); nothing is restarted. Add --yes to go ahead.
</source>
        <translation>--apply écrit les réglages sur chaque nœud et recharge PostgreSQL (et HAProxy et Keepalived là où leurs délais ont changé) ; rien n&apos;est redémarré. Ajouter --yes pour continuer.
</translation>
    </message>
    <message>
        <source>The pre-checks failed: nothing was written.
</source>
        <translation>Les vérifications préalables ont échoué : rien n&apos;a été écrit.
</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Every value is in effect; nothing waits for a restart.
</source>
        <translation>Chaque valeur est en vigueur ; rien n&apos;attend de redémarrage.
</translation>
    </message>
    <message>
        <source>Stopped: %1
%2</source>
        <translation>Interrompu : %1
%2</translation>
    </message>
</context>
<context>
    <name>pgpilot::ConnectPage</name>
    <message>
        <source>Nodes run %1 with PostgreSQL %2, installed from %3.</source>
        <translation>Les nœuds tournent sous %1 avec PostgreSQL %2, installé depuis %3.</translation>
    </message>
    <message>
        <source>the mirror %1</source>
        <translation>le miroir %1</translation>
    </message>
    <message>
        <source>the PGDG repository</source>
        <translation>le dépôt PGDG</translation>
    </message>
    <message>
        <source>the distribution&apos;s archive</source>
        <translation>l&apos;archive de la distribution</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>postgresql-%1 available</source>
        <translation>postgresql-%1 disponible</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>Clé d&apos;hôte (SHA256)</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation>○ pas encore</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Connect to the nodes</source>
        <translation>Se connecter aux nœuds</translation>
    </message>
    <message>
        <source>▶ connecting...</source>
        <translation>▶ connexion...</translation>
    </message>
    <message>
        <source>✔ connected</source>
        <translation>✔ connecté</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>not yet (phase 1 sets up the install source)</source>
        <translation>pas encore (la phase 1 configure la source d&apos;installation)</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Compare it first with the node&apos;s own: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</source>
        <translation>La comparer d&apos;abord avec celle du nœud : ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</translation>
    </message>
    <message>
        <source>✔ Every node answered. Next runs the pre-flight checks.</source>
        <translation>✔ Chaque nœud a répondu. Ensuite viennent les vérifications préalables.</translation>
    </message>
    <message>
        <source>&amp;Stop connecting</source>
        <translation>Arrê&amp;ter les connexions</translation>
    </message>
    <message>
        <source>■ stopped: not connected</source>
        <translation>■ arrêté : non connecté</translation>
    </message>
    <message>
        <source>Every node answered. Checking that the cluster&apos;s secrets are in the keychain...</source>
        <translation>Chaque nœud a répondu. Vérification que les secrets du cluster sont dans le trousseau...</translation>
    </message>
    <message>
        <source>(&quot;Connect again&quot; checks again.)</source>
        <translation>(« Se reconnecter » vérifie à nouveau.)</translation>
    </message>
</context>
<context>
    <name>pgpilot::Dashboard</name>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ CRITIQUE</translation>
    </message>
    <message>
        <source>▲ warning</source>
        <translation>▲ avertissement</translation>
    </message>
</context>
<context>
    <name>pgpilot::DesktopNotifier</name>
    <message>
        <source>A test notification for %1: the desktop channel works.</source>
        <translation>Une notification de test pour %1 : le canal bureau fonctionne.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Over: no alarm since %1 UTC.</source>
        <translation>Terminé : aucune alarme depuis %1 UTC.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>no D-Bus session bus%1: desktop notifications need a desktop session (DBUS_SESSION_BUS_ADDRESS); under systemd run pgpilot watch as a user service of the logged-in user</source>
        <translation>pas de bus de session D-Bus%1 : les notifications de bureau ont besoin d&apos;une session de bureau (DBUS_SESSION_BUS_ADDRESS) ; sous systemd, lancer pgpilot watch comme service utilisateur de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>the desktop</source>
        <translation>le bureau</translation>
    </message>
    <message>
        <source>no notification service on the session bus (%1): is a desktop running?</source>
        <translation>aucun service de notification sur le bus de session (%1) : un bureau tourne-t-il ?</translation>
    </message>
    <message>
        <source>the notification service refused: %1 (%2)</source>
        <translation>le service de notification a refusé : %1 (%2)</translation>
    </message>
    <message>
        <source>shown (notification %1)</source>
        <translation>affichée (notification %1)</translation>
    </message>
</context>
<context>
    <name>pgpilot::EstateWall</name>
    <message numerus="yes">
        <source>pgpilot — %n cluster(s)</source>
        <translation>
            <numerusform>pgpilot — %n cluster</numerusform>
            <numerusform>pgpilot — %n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
</context>
<context>
    <name>pgpilot::EventModel</name>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>⚠ alarm</source>
        <translation>⚠ alarme</translation>
    </message>
    <message>
        <source>✔ cleared</source>
        <translation>✔ résolu</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>opération</translation>
    </message>
    <message>
        <source>repmgr</source>
        <translation>repmgr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>pgpilot::Executor</name>
    <message>
        <source>The secrets %1 are needed but there is no secret store.</source>
        <translation>Les secrets %1 sont nécessaires mais il n&apos;y a pas de magasin de secrets.</translation>
    </message>
    <message>
        <source>These passwords are not in the keychain: %1.</source>
        <translation>Ces mots de passe ne sont pas dans le trousseau : %1.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; names the node %2, which pgpilot has no connection for.</source>
        <translation>L&apos;étape « %1 » désigne le nœud %2, pour lequel pgpilot n&apos;a pas de connexion.</translation>
    </message>
    <message>
        <source>Cancelled by the admin.</source>
        <translation>Annulé par l&apos;administrateur.</translation>
    </message>
    <message>
        <source>check whether this is already done</source>
        <translation>vérifier si c&apos;est déjà fait</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; failed (%3).</source>
        <translation>%1 : « %2 » a échoué (%3).</translation>
    </message>
    <message>
        <source>pgpilot has no connection for %1</source>
        <translation>pgpilot n&apos;a pas de connexion pour %1</translation>
    </message>
    <message>
        <source>Another run (job %1) is still going; wait for it or cancel it.</source>
        <translation>Une autre exécution (tâche %1) est encore en cours ; attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>No node to run &quot;%1&quot; on.</source>
        <translation>Aucun nœud sur lequel exécuter « %1 ».</translation>
    </message>
    <message>
        <source>pgpilot has no connection for %1.</source>
        <translation>pgpilot n’a pas de connexion pour %1.</translation>
    </message>
    <message>
        <source>Done in an earlier run, but its check no longer holds on %1: doing it again.</source>
        <translation>Fait lors d’une exécution précédente, mais sa vérification ne tient plus sur %1 : on le refait.</translation>
    </message>
    <message>
        <source>the secrets the checkpoint needs</source>
        <translation>les secrets dont le point de contrôle a besoin</translation>
    </message>
    <message>
        <source>pgpilot&apos;s secrets are at hand</source>
        <translation>les secrets de pgpilot sont disponibles</translation>
    </message>
    <message>
        <source>Import them from the workstation that holds them (pgpilot import-secrets, or File &gt; Import secrets), then run the phase again.</source>
        <translation>Importez-les depuis le poste qui les détient (pgpilot import-secrets, ou Fichier &gt; Importer les secrets), puis relancez la phase.</translation>
    </message>
    <message>
        <source>The SCRAM verifier of %1 could not be computed (OpenSSL failed).</source>
        <translation>Le vérificateur SCRAM de %1 n&apos;a pas pu être calculé (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>Nothing was sent. Store an acceptable password under that key, or run rotate-secrets to replace it.</source>
        <translation>Rien n&apos;a été envoyé. Enregistrez un mot de passe acceptable sous cette clé, ou lancez rotate-secrets pour le remplacer.</translation>
    </message>
    <message>
        <source>No node&apos;s host key is known to this run.</source>
        <translation>Aucune clé d&apos;hôte de nœud n&apos;est connue de cette exécution.</translation>
    </message>
    <message>
        <source>Nothing was sent. Connect to that node once and confirm its host key (the wizard&apos;s connect page, or pgpilot exec with the worksheet), then run the phase again.</source>
        <translation>Rien n&apos;a été envoyé. Connectez-vous une fois à ce nœud et confirmez sa clé d&apos;hôte (page de connexion de l&apos;assistant, ou pgpilot exec avec la feuille de travail), puis relancez la phase.</translation>
    </message>
</context>
<context>
    <name>pgpilot::ExistingSecrets</name>
    <message>
        <source>%1 holds a password for repmgr</source>
        <translation>%1 contient un mot de passe pour repmgr</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>the database has the role repmgr</source>
        <translation>la base a le rôle repmgr</translation>
    </message>
    <message>
        <source>the database has the role %1</source>
        <translation>la base a le rôle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This cluster already exists on its nodes, but this workstation does not hold its secrets: %1. pgpilot does not make up new ones, which would lock it out of the database. Bring the secrets from the workstation that set the cluster up: export them there (pgpilot export-secrets, or File &gt; Export secrets), import them here (pgpilot import-secrets, or File &gt; Import secrets), then try again.</source>
        <translation>Ce cluster existe déjà sur ses nœuds, mais ce poste n’a pas ses secrets : %1. pgpilot n’en invente pas de nouveaux, ce qui l’exclurait de la base. Apportez les secrets du poste qui a installé le cluster : exportez-les là-bas (pgpilot export-secrets, ou Fichier &gt; Exporter les secrets), importez-les ici (pgpilot import-secrets, ou Fichier &gt; Importer les secrets), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>pgpilot::FileSecretStore</name>
    <message>
        <source>%1 can be read by other users; make it private first (chmod 600 %1).</source>
        <translation>%1 est lisible par d&apos;autres utilisateurs ; le rendre privé d&apos;abord (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1, line %2: not a pgpilot:&lt;cluster&gt;:&lt;what&gt;=value entry (and no entry before it to continue); fix or remove that line.</source>
        <translation>%1, ligne %2 : pas une entrée pgpilot:&lt;cluster&gt;:&lt;quoi&gt;=valeur (et aucune entrée avant elle à prolonger) ; corrigez ou supprimez cette ligne.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HistoryCursor</name>
    <message>
        <source>No history is stored for this cluster yet: it is kept while pgpilot watch, the wall or this dashboard runs.</source>
        <translation>Aucun historique n&apos;est encore enregistré pour ce cluster : il est conservé tant que pgpilot watch, le mur ou ce tableau de bord tourne.</translation>
    </message>
    <message>
        <source>Nothing recorded from %1 to %2: no pgpilot watched this cluster then.</source>
        <translation>Rien d&apos;enregistré de %1 à %2 : aucun pgpilot ne surveillait ce cluster à ce moment-là.</translation>
    </message>
    <message>
        <source>Nothing recorded since %1: no pgpilot watched this cluster since.</source>
        <translation>Rien d&apos;enregistré depuis %1 : aucun pgpilot n&apos;a surveillé ce cluster depuis.</translation>
    </message>
    <message>
        <source>Nothing recorded before this moment.</source>
        <translation>Rien d&apos;enregistré avant ce moment.</translation>
    </message>
    <message>
        <source>Last change recorded at %1.</source>
        <translation>Dernier changement enregistré à %1.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HistoryRecorder</name>
    <message>
        <source>&quot;%1&quot; is not a cluster name: its history is not recorded.</source>
        <translation>« %1 » n&apos;est pas un nom de cluster : son historique n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Cannot make the history directory %1: check its permissions and the free space.</source>
        <translation>Impossible de créer le dossier d&apos;historique %1 : vérifier ses droits et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Another pgpilot (process %1 on %2) records the history of %3; this one only reads it.</source>
        <translation>Un autre pgpilot (processus %1 sur %2) enregistre l&apos;historique de %3 ; celui-ci ne fait que le lire.</translation>
    </message>
    <message>
        <source>Cannot lock %1: check the directory&apos;s permissions; the history of %2 is not recorded.</source>
        <translation>Impossible de verrouiller %1 : vérifier les droits du dossier ; l&apos;historique de %2 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;historique %1 : %2.</translation>
    </message>
    <message>
        <source>The history of %1 reached its limit of %2 bytes today: nothing more is recorded until tomorrow.</source>
        <translation>L&apos;historique de %1 a atteint aujourd&apos;hui sa limite de %2 octets : plus rien n&apos;est enregistré avant demain.</translation>
    </message>
</context>
<context>
    <name>pgpilot::HttpAnswerReader</name>
    <message>
        <source>the answer&apos;s header is longer than %1 KiB</source>
        <translation>l’en-tête de la réponse dépasse %1 Kio</translation>
    </message>
    <message>
        <source>not an HTTP answer (it began with &quot;%1&quot;)</source>
        <translation>pas une réponse HTTP (elle commençait par « %1 »)</translation>
    </message>
    <message>
        <source>not an HTTP answer (a header line without a name: &quot;%1&quot;)</source>
        <translation>pas une réponse HTTP (une ligne d’en-tête sans nom : « %1 »)</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length is not a length: &quot;%1&quot;</source>
        <translation>le Content-Length de la réponse n’est pas une longueur : « %1 »</translation>
    </message>
    <message>
        <source>the answer uses a transfer encoding pgpilot does not read: %1</source>
        <translation>la réponse utilise un codage de transfert que pgpilot ne lit pas : %1</translation>
    </message>
    <message>
        <source>the answer is compressed (%1) although pgpilot asked for it uncompressed</source>
        <translation>la réponse est compressée (%1) alors que pgpilot l’a demandée non compressée</translation>
    </message>
    <message>
        <source>a malformed chunked answer: a chunk size line over %1 bytes</source>
        <translation>une réponse chunked mal formée : une ligne de taille de bloc de plus de %1 octets</translation>
    </message>
    <message>
        <source>a malformed chunked answer: a chunk size of more than 15 digits</source>
        <translation>une réponse chunked mal formée : une taille de bloc de plus de 15 chiffres</translation>
    </message>
    <message>
        <source>a malformed chunked answer: the chunk size line &quot;%1&quot;</source>
        <translation>une réponse chunked mal formée : la ligne de taille de bloc « %1 »</translation>
    </message>
    <message>
        <source>a malformed chunked answer: no line end after a chunk&apos;s data</source>
        <translation>une réponse chunked mal formée : pas de fin de ligne après les données d’un bloc</translation>
    </message>
    <message>
        <source>the answer&apos;s trailer is longer than %1 KiB</source>
        <translation>les en-têtes de fin de la réponse dépassent %1 Kio</translation>
    </message>
</context>
<context>
    <name>pgpilot::HttpProbe</name>
    <message>
        <source>the node closed the connection before answering</source>
        <translation>le nœud a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>connection refused on port %1 (nothing listens there?)</source>
        <translation>connexion refusée sur le port %1 (rien n’y écoute ?)</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>the node closed the connection in the middle of the answer</source>
        <translation>le nœud a fermé la connexion au milieu de la réponse</translation>
    </message>
</context>
<context>
    <name>pgpilot::KeychainSecretStore</name>
    <message>
        <source>No keychain is available (%1). Passwords are kept in memory only and are forgotten when pgpilot quits; nothing is written to disk.</source>
        <translation>Aucun trousseau disponible (%1). Les mots de passe restent en mémoire seulement et sont oubliés à la fermeture de pgpilot ; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>No secret named %1 in the keychain.</source>
        <translation>Aucun secret nommé %1 dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused to read %1: %2</source>
        <translation>Le trousseau a refusé de lire %1 : %2</translation>
    </message>
    <message>
        <source>The keychain refused to store %1: %2</source>
        <translation>Le trousseau a refusé d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The keychain refused to delete %1: %2</source>
        <translation>Le trousseau a refusé de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring with Passwords and Keys) and restart pgpilot to use stored passwords. Until then passwords typed now are kept in memory only and are forgotten when pgpilot quits; nothing is written to disk.</source>
        <translation>Le trousseau est verrouillé. Le déverrouiller (ouvrir la session de bureau, ou déverrouiller le trousseau « Connexion » avec Mots de passe et clés) et redémarrer pgpilot pour utiliser les mots de passe enregistrés. D&apos;ici là, les mots de passe saisis restent en mémoire seulement et sont oubliés à la fermeture de pgpilot ; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the stored secret %1 cannot be read. Unlock the keychain (log in to the desktop session, or unlock the &quot;Login&quot; keyring with Passwords and Keys) and restart pgpilot, or type the password again for this session.</source>
        <translation>Le trousseau est verrouillé, le secret enregistré %1 ne peut donc pas être lu. Déverrouiller le trousseau (ouvrir la session de bureau, ou déverrouiller le trousseau « Connexion » avec Mots de passe et clés) et redémarrer pgpilot, ou saisir de nouveau le mot de passe pour cette session.</translation>
    </message>
</context>
<context>
    <name>pgpilot::LagChart</name>
    <message>
        <source>Replication lag (bytes behind the primary)</source>
        <translation>Retard de réplication (octets de retard sur le primaire)</translation>
    </message>
    <message>
        <source>Replication lag (seconds)</source>
        <translation>Retard de réplication (secondes)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
</context>
<context>
    <name>pgpilot::LocalHost</name>
    <message>
        <source>%1: cancelled before it started.</source>
        <translation>%1 : annulé avant de commencer.</translation>
    </message>
    <message>
        <source>%1: no result within %2 s; the command was stopped.</source>
        <translation>%1 : pas de résultat en %2 s ; la commande a été arrêtée.</translation>
    </message>
    <message>
        <source>%1: cancelled; the command was stopped.</source>
        <translation>%1 : annulé ; la commande a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>pgpilot::MainWindow</name>
    <message>
        <source>pgpilot cluster files (*.json)</source>
        <translation>Fichiers de cluster pgpilot (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Nouveau cluster</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Set &amp;up (wizard)</source>
        <translation>&amp;Mettre en place (assistant)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Journal d&apos;&amp;audit...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About pgpilot</source>
        <translation>À &amp;propos de pgpilot</translation>
    </message>
    <message>
        <source>About pgpilot</source>
        <translation>À propos de pgpilot</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgpilot %1&lt;/b&gt;&lt;p&gt;Sets up and runs a highly available PostgreSQL cluster: PostgreSQL, repmgr, HAProxy and Keepalived on three or more nodes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;pgpilot %1&lt;/b&gt;&lt;p&gt;Met en place et exploite un cluster PostgreSQL haute disponibilité : PostgreSQL, repmgr, HAProxy et Keepalived sur trois nœuds ou plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Cluster sans titre</translation>
    </message>
    <message>
        <source>%1[*] — pgpilot</source>
        <translation>%1[*] — pgpilot</translation>
    </message>
    <message>
        <source>Cannot poll the cluster</source>
        <translation>Impossible d&apos;interroger le cluster</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the connections to %n node(s)...</source>
        <translation>
            <numerusform>Préparation de la connexion à %n nœud...</numerusform>
            <numerusform>Préparation des connexions à %n nœuds...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the setup</source>
        <translation>Impossible de lancer la mise en place</translation>
    </message>
    <message>
        <source>Connecting to the nodes.</source>
        <translation>Connexion aux nœuds.</translation>
    </message>
    <message>
        <source>No dashboard yet</source>
        <translation>Pas encore de tableau de bord</translation>
    </message>
    <message>
        <source>Complete the worksheet first: the dashboard polls the nodes it names.</source>
        <translation>Compléter d&apos;abord la fiche : le tableau de bord interroge les nœuds qu&apos;elle nomme.</translation>
    </message>
    <message>
        <source>Open cluster file</source>
        <translation>Ouvrir un fichier de cluster</translation>
    </message>
    <message>
        <source>Cannot open cluster file</source>
        <translation>Impossible d&apos;ouvrir le fichier de cluster</translation>
    </message>
    <message>
        <source>%1

The worksheet you had open is unchanged.</source>
        <translation>%1

La fiche ouverte n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>%1 ouvert : %n problème à corriger.</numerusform>
            <numerusform>%1 ouvert : %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save cluster file</source>
        <translation>Enregistrer le fichier de cluster</translation>
    </message>
    <message>
        <source>Cannot save cluster file</source>
        <translation>Impossible d&apos;enregistrer le fichier de cluster</translation>
    </message>
    <message>
        <source>%1

Nothing was changed on disk.</source>
        <translation>%1

Rien n&apos;a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1

Type the password again and save to retry.</source>
        <translation>%1

Saisir de nouveau le mot de passe et enregistrer pour réessayer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The worksheet has changes that are not saved.</source>
        <translation>La fiche a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>A phase is running</source>
        <translation>Une phase est en cours</translation>
    </message>
    <message>
        <source>Closing now stops the running phase: each node&apos;s current command is stopped. What finished is saved, and opening this cluster again resumes from there.</source>
        <translation>Fermer maintenant arrête la phase en cours : la commande en cours sur chaque nœud est arrêtée. Ce qui est terminé est conservé, et rouvrir ce cluster reprend à partir de là.</translation>
    </message>
    <message>
        <source>S&amp;witchover...</source>
        <translation>&amp;Bascule...</translation>
    </message>
    <message>
        <source>Re&amp;join...</source>
        <translation>&amp;Réintégrer...</translation>
    </message>
    <message>
        <source>&amp;Fence...</source>
        <translation>&amp;Isoler...</translation>
    </message>
    <message>
        <source>Add &amp;standby...</source>
        <translation>Ajouter un &amp;secondaire...</translation>
    </message>
    <message>
        <source>&amp;Remove standby...</source>
        <translation>Retirer un secon&amp;daire...</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no passwords): paste them into the bug report.</source>
        <translation>Diagnostics copiés dans le presse-papiers (sans mots de passe) : les coller dans le rapport de bogue.</translation>
    </message>
    <message>
        <source>Still connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>pgpilot is still connecting to the nodes; try again in a moment.</source>
        <translation>pgpilot se connecte encore aux nœuds ; réessayer dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)...</source>
        <translation>
            <numerusform>Connexion à %n nœud...</numerusform>
            <numerusform>Connexion à %n nœuds...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to the cluster</source>
        <translation>Impossible de se connecter au cluster</translation>
    </message>
    <message>
        <source>No nodes</source>
        <translation>Aucun nœud</translation>
    </message>
    <message>
        <source>The worksheet names no nodes yet.</source>
        <translation>La fiche ne nomme encore aucun nœud.</translation>
    </message>
    <message>
        <source>Which node?</source>
        <translation>Quel nœud ?</translation>
    </message>
    <message>
        <source>Node (only the worksheet&apos;s last row can be added or removed):</source>
        <translation>Nœud (seule la dernière ligne de la fiche peut être ajoutée ou retirée) :</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <source>One operation at a time: %1 is open.</source>
        <translation>Une opération à la fois : %1 est ouverte.</translation>
    </message>
    <message>
        <source>The setup is running</source>
        <translation>La mise en place est en cours</translation>
    </message>
    <message>
        <source>A setup phase is running on this cluster; wait for it to end before %1.</source>
        <translation>Une phase de mise en place tourne sur ce cluster ; attendre sa fin avant : %1.</translation>
    </message>
    <message>
        <source>Worksheet incomplete</source>
        <translation>Fiche incomplète</translation>
    </message>
    <message>
        <source>Complete the worksheet first: operations run on the nodes it names.</source>
        <translation>Compléter d&apos;abord la fiche : les opérations portent sur les nœuds qu&apos;elle nomme.</translation>
    </message>
    <message>
        <source>%1 was removed from the cluster and from the worksheet; save the cluster file.</source>
        <translation>%1 a été retiré du cluster et de la fiche ; enregistrer le fichier de cluster.</translation>
    </message>
    <message>
        <source>No write probe: %1</source>
        <translation>Pas de sonde d’écriture : %1</translation>
    </message>
    <message>
        <source>&amp;Export secrets...</source>
        <translation>E&amp;xporter les secrets...</translation>
    </message>
    <message>
        <source>&amp;Import secrets...</source>
        <translation>&amp;Importer les secrets...</translation>
    </message>
    <message>
        <source>pgpilot secrets bundles (*.pgpilot-secrets)</source>
        <translation>Paquets de secrets pgpilot (*.pgpilot-secrets)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Cannot export secrets</source>
        <translation>Impossible d&apos;exporter les secrets</translation>
    </message>
    <message>
        <source>Give the cluster a name on the worksheet first.</source>
        <translation>Donnez d&apos;abord un nom au cluster dans la fiche.</translation>
    </message>
    <message>
        <source>Export the secrets of %1</source>
        <translation>Exporter les secrets de %1</translation>
    </message>
    <message>
        <source>Passphrase to seal the secrets with (at least %1 characters).
The other workstation needs it to import them: bring it there another way than the file.</source>
        <translation>Phrase de passe pour sceller les secrets (%1 caractères au moins).
L&apos;autre poste en a besoin pour les importer : apportez-la par un autre chemin que le fichier.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La même phrase de passe encore une fois :</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases de passe diffèrent ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no secret store to read the secrets from.</source>
        <translation>Il n&apos;y a pas de magasin de secrets d&apos;où lire les secrets.</translation>
    </message>
    <message>
        <source>The keychain holds none of the secrets of the cluster %1 (%2); there is nothing to export.</source>
        <translation>Le trousseau ne contient aucun des secrets du cluster %1 (%2) ; il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Wrote %1 with these secrets of the cluster %2: %3.</source>
        <translation>%1 écrit avec ces secrets du cluster %2 : %3.</translation>
    </message>
    <message>
        <source>Not in the keychain, so not in the bundle: %1.</source>
        <translation>Pas dans le trousseau, donc pas dans le paquet : %1.</translation>
    </message>
    <message>
        <source>On the other workstation, open the same cluster file and choose File → Import secrets (or run pgpilot import-secrets). Bring the passphrase there another way than the file.</source>
        <translation>Sur l&apos;autre poste, ouvrez le même fichier de cluster et choisissez Fichier → Importer les secrets (ou lancez pgpilot import-secrets). Apportez-y la phrase de passe par un autre chemin que le fichier.</translation>
    </message>
    <message>
        <source>Secrets exported</source>
        <translation>Secrets exportés</translation>
    </message>
    <message>
        <source>Cannot import secrets</source>
        <translation>Impossible d&apos;importer les secrets</translation>
    </message>
    <message>
        <source>Open the cluster file whose secrets you bring first.</source>
        <translation>Ouvrez d&apos;abord le fichier de cluster dont vous apportez les secrets.</translation>
    </message>
    <message>
        <source>Import the secrets of %1</source>
        <translation>Importer les secrets de %1</translation>
    </message>
    <message>
        <source>Passphrase of %1 (the one given when it was exported):</source>
        <translation>Phrase de passe de %1 (celle donnée à l&apos;export) :</translation>
    </message>
    <message>
        <source>There is no secret store to write the secrets to.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où écrire les secrets.</translation>
    </message>
    <message>
        <source>Replace secrets?</source>
        <translation>Remplacer des secrets ?</translation>
    </message>
    <message>
        <source>The keychain holds other values for these secrets of the bundle: %1.

Replace them with the bundle&apos;s values? The values stored now are lost.</source>
        <translation>Le trousseau contient d&apos;autres valeurs pour ces secrets du paquet : %1.

Les remplacer par les valeurs du paquet ? Les valeurs enregistrées maintenant sont perdues.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Nothing was imported: the keychain keeps its values.</source>
        <translation>Rien n&apos;a été importé : le trousseau garde ses valeurs.</translation>
    </message>
    <message>
        <source>Secrets imported</source>
        <translation>Secrets importés</translation>
    </message>
    <message>
        <source>The secrets of the cluster %1 are in the keychain now: %2 written, %3 replaced, %4 unchanged.</source>
        <translation>Les secrets du cluster %1 sont maintenant dans le trousseau : %2 écrits, %3 remplacés, %4 inchangés.</translation>
    </message>
    <message>
        <source>Rotate &amp;passwords...</source>
        <translation>Renouveler les mots de &amp;passe...</translation>
    </message>
    <message>
        <source>Renew &amp;certificates...</source>
        <translation>Renouveler les &amp;certificats...</translation>
    </message>
    <message>
        <source>Cannot import site certificates</source>
        <translation>Impossible d&apos;importer les certificats du site</translation>
    </message>
    <message>
        <source>There is no secret store to write the certificates to.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où écrire les certificats.</translation>
    </message>
    <message>
        <source>Site certificates imported</source>
        <translation>Certificats du site importés</translation>
    </message>
    <message>
        <source>The worksheet&apos;s TLS mode is not &quot;Verified (the site&apos;s CA, imported)&quot;: pgpilot issues the certificates itself. Choose that mode under &quot;Replication and archiving&quot; on the worksheet first.</source>
        <translation>Le mode TLS de la feuille de travail n&apos;est pas « Vérifié (AC du site, importée) » : pgpilot émet lui-même les certificats. Choisissez d&apos;abord ce mode sous « Réplication et archivage » dans la feuille de travail.</translation>
    </message>
    <message>
        <source>Import si&amp;te certificates...</source>
        <translation>Importer les certificats du si&amp;te...</translation>
    </message>
    <message>
        <source>Differences from pgpilot&apos;s &amp;build...</source>
        <translation>Écarts par rapport à la &amp;construction de pgpilot...</translation>
    </message>
    <message>
        <source>A&amp;dopt an existing cluster...</source>
        <translation>A&amp;dopter un cluster existant...</translation>
    </message>
    <message>
        <source>Phase %1 converged, but %2 could not be rewritten to say so: %3</source>
        <translation>Phase %1 alignée, mais %2 n&apos;a pas pu être réécrit pour l&apos;indiquer : %3</translation>
    </message>
    <message>
        <source>Phase %1 converged; the worksheet records it.</source>
        <translation>Phase %1 alignée ; la feuille de travail l&apos;enregistre.</translation>
    </message>
    <message>
        <source>Phase %1 converged: the cluster is set up as pgpilot builds it; the worksheet is an ordinary one now.</source>
        <translation>Phase %1 alignée : le cluster est configuré comme pgpilot le construit ; la feuille de travail est désormais ordinaire.</translation>
    </message>
    <message>
        <source>Open &amp;wall of clusters...</source>
        <translation>Ouvrir le &amp;mur des clusters...</translation>
    </message>
    <message>
        <source>Clusters for the wall</source>
        <translation>Clusters pour le mur</translation>
    </message>
    <message>
        <source>Worksheets (*.json)</source>
        <translation>Feuilles de travail (*.json)</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Rég&amp;lages</translation>
    </message>
    <message>
        <source>&amp;Notifications...</source>
        <translation>&amp;Notifications...</translation>
    </message>
    <message>
        <source>&amp;Sound on the wall for critical alarms</source>
        <translation>&amp;Son en mode mur pour les alarmes critiques</translation>
    </message>
    <message>
        <source>This pgpilot was built without Qt Multimedia</source>
        <translation>Ce pgpilot a été construit sans Qt Multimedia</translation>
    </message>
    <message>
        <source>History and notifications of %1: %2</source>
        <translation>Historique et notifications de %1 : %2</translation>
    </message>
    <message>
        <source>The history of %1 stopped: %2</source>
        <translation>L&apos;historique de %1 s&apos;est arrêté : %2</translation>
    </message>
    <message>
        <source>Notifications: %1: %2</source>
        <translation>Notifications : %1 : %2</translation>
    </message>
    <message>
        <source>Notifications are off: %1 (Settings → Notifications)</source>
        <translation>Les notifications sont désactivées : %1 (Réglages → Notifications)</translation>
    </message>
    <message>
        <source>Restore dri&amp;ll...</source>
        <translation>E&amp;xercice de restauration...</translation>
    </message>
    <message>
        <source>Restore to a &amp;point in time...</source>
        <translation>Resta&amp;urer à un instant donné...</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Type of backup (diff and incr need a full one before them; pgBackRest takes a full one when the repository has none):</source>
        <translation>Type de sauvegarde (diff et incr demandent une complète avant elles ; pgBackRest en prend une complète quand le dépôt n&apos;en a aucune) :</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Restaurer à un instant donné</translation>
    </message>
    <message>
        <source>WARNING: the whole cluster goes back to this time; every transaction committed after it is gone from the cluster.
The time, ISO 8601 with its zone (e.g. %1 or 2026-12-05T11:15:00+01:00):</source>
        <translation>ATTENTION : tout le cluster revient à cet instant ; chaque transaction validée après lui disparaît du cluster.
L&apos;instant, en ISO 8601 avec son fuseau (p. ex. %1 ou 2026-12-05T11:15:00+01:00) :</translation>
    </message>
    <message>
        <source>Not a time pgpilot can restore to</source>
        <translation>Pas un instant auquel pgpilot peut restaurer</translation>
    </message>
    <message>
        <source>Back up &amp;now...</source>
        <translation>Sauv&amp;egarder maintenant...</translation>
    </message>
    <message>
        <source>Pause automatic fail&amp;over...</source>
        <translation>Suspendre le &amp;failover automatique...</translation>
    </message>
    <message>
        <source>repmgrd on every node stops acting on failures for a window you give</source>
        <translation>repmgrd sur chaque nœud cesse de réagir aux pannes pendant une fenêtre que vous indiquez</translation>
    </message>
    <message>
        <source>Resume automatic fail&amp;over</source>
        <translation>Reprendre le &amp;failover automatique</translation>
    </message>
    <message>
        <source>repmgrd on every node acts on failures again</source>
        <translation>repmgrd sur chaque nœud réagit de nouveau aux pannes</translation>
    </message>
    <message>
        <source>Rolling res&amp;tart...</source>
        <translation>Redémarrage &amp;progressif...</translation>
    </message>
    <message>
        <source>Minor up&amp;grade...</source>
        <translation>Mise à &amp;niveau mineure...</translation>
    </message>
    <message>
        <source>Apply sett&amp;ings...</source>
        <translation>Appliquer les ré&amp;glages...</translation>
    </message>
    <message>
        <source>The worksheet&apos;s settings against the nodes: what needs a reload or a restart</source>
        <translation>Les réglages de la fiche face aux nœuds : ce qui requiert un rechargement ou un redémarrage</translation>
    </message>
    <message>
        <source>Complete the worksheet first: the settings are read from the nodes it names.</source>
        <translation>Compléter d&apos;abord la fiche : les réglages sont lus sur les nœuds qu&apos;elle nomme.</translation>
    </message>
    <message>
        <source>see the message before</source>
        <translation>voir le message précédent</translation>
    </message>
</context>
<context>
    <name>pgpilot::Monitor</name>
    <message>
        <source>not HAProxy CSV statistics</source>
        <translation>pas des statistiques CSV de HAProxy</translation>
    </message>
    <message>
        <source>HAProxy CSV without pxname/svname/status</source>
        <translation>CSV de HAProxy sans pxname/svname/status</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
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
        <translation>État sync</translation>
    </message>
</context>
<context>
    <name>pgpilot::NodeTableModel</name>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Initial role</source>
        <translation>Rôle initial</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>SSH auth</source>
        <translation>Authentification SSH</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>Clé d&apos;hôte (SHA256)</translation>
    </message>
    <message>
        <source>Optional: pin the host key&apos;s SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot shows it for you to confirm on first connection.</source>
        <translation>Facultatif : fixer l&apos;empreinte SHA256 de la clé d&apos;hôte (ssh-keygen -lf). Sinon pgpilot l&apos;affiche pour confirmation à la première connexion.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nopasswd</source>
        <translation>sans mot de passe</translation>
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
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>fenced by pgpilot: PostgreSQL kept stopped</source>
        <translation>isolé par pgpilot : PostgreSQL maintenu arrêté</translation>
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
        <translation>Aucun primaire</translation>
    </message>
    <message>
        <source>Split brain</source>
        <translation>Split-brain</translation>
    </message>
    <message>
        <source>Unregistered primary</source>
        <translation>Primaire non enregistré</translation>
    </message>
    <message>
        <source>VIP not held</source>
        <translation>VIP non portée</translation>
    </message>
    <message>
        <source>VIP held twice</source>
        <translation>VIP portée deux fois</translation>
    </message>
    <message>
        <source>VIP on an unhealthy node</source>
        <translation>VIP sur un nœud non sain</translation>
    </message>
    <message>
        <source>Health check disagrees</source>
        <translation>Contrôle de santé discordant</translation>
    </message>
    <message>
        <source>Replication broken</source>
        <translation>Réplication rompue</translation>
    </message>
    <message>
        <source>Replication lag high</source>
        <translation>Retard de réplication élevé</translation>
    </message>
    <message>
        <source>Node unreachable</source>
        <translation>Nœud injoignable</translation>
    </message>
    <message>
        <source>repmgrd not running</source>
        <translation>repmgrd ne tourne pas</translation>
    </message>
    <message>
        <source>HAProxy down</source>
        <translation>HAProxy hors service</translation>
    </message>
    <message>
        <source>Writes misrouted</source>
        <translation>Écritures mal routées</translation>
    </message>
    <message>
        <source>Synchronous quorum lost</source>
        <translation>Quorum synchrone perdu</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificat proche de l&apos;expiration</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Where alarms are sent and when; the same file pgpilot watch --notify-config reads: %1</source>
        <translation>Où et quand les alarmes sont envoyées ; le même fichier que lit pgpilot watch --notify-config : %1</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Réglages des notifications</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Send &amp;test notification</source>
        <translation>Envoyer une notification de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 could not be read; the fields show the defaults and Save replaces it:</source>
        <translation>%1 n&apos;a pas pu être lu ; les champs montrent les valeurs par défaut et Enregistrer le remplace :</translation>
    </message>
    <message>
        <source>&amp;Webhook: POST each notification as JSON</source>
        <translation>&amp;Webhook : envoyer chaque notification en JSON (POST)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Kept in the keychain, not in the file: chat webhooks carry a token.</source>
        <translation>Conservée dans le trousseau, pas dans le fichier : les webhooks de messagerie contiennent un jeton.</translation>
    </message>
    <message>
        <source>Keychain entry:</source>
        <translation>Entrée du trousseau :</translation>
    </message>
    <message>
        <source>&amp;E-mail over SMTP</source>
        <translation>E-&amp;mail par SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (implicit)</source>
        <translation>TLS (implicite)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Allow no encryption to a server that is not on this machine</source>
        <translation>Autoriser l&apos;absence de chiffrement vers un serveur qui n&apos;est pas sur cette machine</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>oncall@example.net, dba@example.net</source>
        <translation>oncall@example.net, dba@example.net</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vide : sans authentification</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>les AC du système</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d&apos;AC :</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications (critical ones stay until dismissed)</source>
        <translation>&amp;Notifications de bureau (les critiques restent jusqu&apos;à leur fermeture)</translation>
    </message>
    <message>
        <source>Notify from severity:</source>
        <translation>Notifier à partir de la gravité :</translation>
    </message>
    <message>
        <source>Group the first alarms for:</source>
        <translation>Regrouper les premières alarmes pendant :</translation>
    </message>
    <message>
        <source>Resolved after no alarm for:</source>
        <translation>Résolu après une absence d&apos;alarme de :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Repeat an open incident every:</source>
        <translation>Répéter un incident ouvert toutes les :</translation>
    </message>
    <message>
        <source>Per alarm: muted ones are never sent (they stay on the dashboard); the others can have their own threshold, severity and repeat interval. An incident still groups every alarm of a cluster.</source>
        <translation>Par alarme : celles en sourdine ne sont jamais envoyées (elles restent sur le tableau de bord) ; les autres peuvent avoir leur propre seuil, leur gravité et leur intervalle de répétition. Un incident regroupe toujours toutes les alarmes d&apos;un cluster.</translation>
    </message>
    <message>
        <source>Rules per alarm</source>
        <translation>Règles par alarme</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>Notify from</source>
        <translation>Notifier dès</translation>
    </message>
    <message>
        <source>Notify as</source>
        <translation>Notifier comme</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter toutes les</translation>
    </message>
    <message>
        <source>%1 muted</source>
        <translation>%1 : en sourdine</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>%1 notified from</source>
        <translation>%1 : notifier dès</translation>
    </message>
    <message>
        <source>As raised</source>
        <translation>Telle quelle</translation>
    </message>
    <message>
        <source>%1 notified as</source>
        <translation>%1 : notifier comme</translation>
    </message>
    <message>
        <source>%1 repeated every</source>
        <translation>%1 : répéter toutes les</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>enregistré dans le trousseau ; taper pour remplacer</translation>
    </message>
    <message>
        <source>The webhook URL: %1</source>
        <translation>L&apos;URL du webhook : %1</translation>
    </message>
    <message>
        <source>No channel is on: nothing to test.</source>
        <translation>Aucun canal n&apos;est activé : rien à tester.</translation>
    </message>
    <message>
        <source>Sending a test notification to every channel…</source>
        <translation>Envoi d&apos;une notification de test à chaque canal…</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>remis : %1</translation>
    </message>
    <message>
        <source>NOT delivered: %1</source>
        <translation>NON remis : %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep the URL or password in.</source>
        <translation>Il n&apos;y a pas de trousseau où conserver l&apos;URL ou le mot de passe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be written: %2</source>
        <translation>L&apos;entrée du trousseau %1 n&apos;a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>WAL archiving failing</source>
        <translation>Archivage des WAL en échec</translation>
    </message>
    <message>
        <source>WAL archiving behind</source>
        <translation>Archivage des WAL en retard</translation>
    </message>
    <message>
        <source>Backup too old</source>
        <translation>Sauvegarde trop ancienne</translation>
    </message>
    <message>
        <source>Backup with errors</source>
        <translation>Sauvegarde avec erreurs</translation>
    </message>
    <message>
        <source>Scheduled backup failed</source>
        <translation>Sauvegarde planifiée en échec</translation>
    </message>
    <message>
        <source>Backup status unreadable</source>
        <translation>État des sauvegardes illisible</translation>
    </message>
    <message>
        <source>Backup repository error</source>
        <translation>Erreur du dépôt de sauvegarde</translation>
    </message>
    <message>
        <source>Backup repository space low</source>
        <translation>Peu d&apos;espace dans le dépôt de sauvegarde</translation>
    </message>
    <message>
        <source>Failover paused past its window</source>
        <translation>Failover suspendu au-delà de sa fenêtre</translation>
    </message>
    <message>
        <source>Failover paused on some nodes only</source>
        <translation>Failover suspendu sur certains nœuds seulement</translation>
    </message>
    <message>
        <source>WAL archive has a gap</source>
        <translation>L&apos;archive du WAL a une lacune</translation>
    </message>
    <message>
        <source>Archived WAL not in the repository</source>
        <translation>WAL archivé absent du dépôt</translation>
    </message>
    <message>
        <source>Scheduled operation starts soon</source>
        <translation>Opération planifiée imminente</translation>
    </message>
    <message>
        <source>Scheduled operation missed</source>
        <translation>Opération planifiée manquée</translation>
    </message>
</context>
<context>
    <name>pgpilot::NotifyConfigIssue</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::NotifyDispatcher</name>
    <message>
        <source>no keychain to read %1 from</source>
        <translation>pas de trousseau où lire %1</translation>
    </message>
    <message>
        <source>its URL is not in the keychain entry %1%2</source>
        <translation>son URL n&apos;est pas dans l&apos;entrée du trousseau %1%2</translation>
    </message>
    <message>
        <source>no keychain to read the password from</source>
        <translation>pas de trousseau où lire le mot de passe</translation>
    </message>
    <message>
        <source>the password is not in the keychain entry %1%2</source>
        <translation>le mot de passe n&apos;est pas dans l&apos;entrée du trousseau %1%2</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationDialog</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>✔ Every pre-check passed.</source>
        <translation>✔ Toutes les vérifications préalables ont réussi.</translation>
    </message>
    <message>
        <source>%v of %m node steps</source>
        <translation>%v sur %m étapes de nœud</translation>
    </message>
    <message>
        <source>elapsed 000.0 s</source>
        <translation>écoulé 000,0 s</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Re-clone the node from the primary…</source>
        <translation>Recloner le nœud depuis le primaire…</translation>
    </message>
    <message>
        <source>Show co&amp;mmands…</source>
        <translation>Voir les co&amp;mmandes…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Running the pre-checks again…</source>
        <translation>Nouvelles vérifications préalables…</translation>
    </message>
    <message>
        <source>Re-clone %1?</source>
        <translation>Recloner %1 ?</translation>
    </message>
    <message>
        <source>pg_rewind could not bring %1 back. A re-clone deletes its data directory and copies the whole database from the primary again; it takes as long as copying the database and loads the primary meanwhile. Anything written only on %1 (after it diverged) is lost.</source>
        <translation>pg_rewind n&apos;a pas pu ramener %1. Un reclonage supprime son dossier de données et recopie toute la base depuis le primaire ; c&apos;est aussi long que la copie de la base et charge le primaire pendant ce temps. Tout ce qui n&apos;a été écrit que sur %1 (après la divergence) est perdu.</translation>
    </message>
    <message>
        <source>Re-clone %1</source>
        <translation>Recloner %1</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — sur %2</translation>
    </message>
    <message>
        <source>✘ %1 failed on %2: %3</source>
        <translation>✘ %1 a échoué sur %2 : %3</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>écoulé %1</translation>
    </message>
    <message>
        <source>✘ This operation cannot be planned: %1</source>
        <translation>✘ Cette opération ne peut pas être planifiée : %1</translation>
    </message>
    <message>
        <source>Checking that %1 is safe…</source>
        <translation>Vérification que %1 est sans danger…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>This step cannot be interrupted safely; the dialog closes when it ends.</source>
        <translation>Cette étape ne peut pas être interrompue sans risque ; la fenêtre se ferme à sa fin.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>&amp;Switch over now</source>
        <translation>&amp;Basculer maintenant</translation>
    </message>
    <message>
        <source>&amp;Rejoin now</source>
        <translation>&amp;Réintégrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Fence now</source>
        <translation>&amp;Isoler maintenant</translation>
    </message>
    <message>
        <source>&amp;Add the standby</source>
        <translation>&amp;Ajouter le secondaire</translation>
    </message>
    <message>
        <source>&amp;Remove the standby</source>
        <translation>&amp;Retirer le secondaire</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>réussi : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %n pre-check(s) passed.</source>
        <translation>
            <numerusform>✔ La %n vérification préalable a réussi.</numerusform>
            <numerusform>✔ Les %n vérifications préalables ont réussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The pre-checks could not run: %1</source>
        <translation>✘ Les vérifications préalables n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>the connection is busy</source>
        <translation>la connexion est occupée</translation>
    </message>
    <message numerus="yes">
        <source>✘ %n pre-check(s) failed: nothing was changed. Fix what the list says, then check again.</source>
        <translation>
            <numerusform>✘ %n vérification préalable a échoué : rien n&apos;a été modifié. Corriger ce qu&apos;indique la liste, puis revérifier.</numerusform>
            <numerusform>✘ %n vérifications préalables ont échoué : rien n&apos;a été modifié. Corriger ce qu&apos;indique la liste, puis revérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1: done and verified</source>
        <translation>✔ %1 : fait et vérifié</translation>
    </message>
    <message>
        <source>○ %1: cancelled before anything changed</source>
        <translation>○ %1 : annulé avant tout changement</translation>
    </message>
    <message>
        <source>✘ %1: refused by the pre-checks; nothing was changed</source>
        <translation>✘ %1 : refusé par les vérifications préalables ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>✘ %1: failed</source>
        <translation>✘ %1 : échec</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Write outage through the VIP</source>
        <translation>Interruption des écritures via la VIP</translation>
    </message>
    <message>
        <source>%1 (%2 writes acknowledged, %3 failed)</source>
        <translation>%1 (%2 écritures acquittées, %3 en échec)</translation>
    </message>
    <message>
        <source>not measured (no write probe or no write succeeded)</source>
        <translation>non mesuré (pas de sonde d&apos;écriture ou aucune écriture réussie)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>Ce qui a échoué : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Commands of %1</source>
        <translation>Commandes de %1</translation>
    </message>
    <message>
        <source>Nothing is sent: this is what the operation would run, node by node. Passwords appear as placeholders.</source>
        <translation>Rien n&apos;est envoyé : voici ce que l&apos;opération exécuterait, nœud par nœud. Les mots de passe apparaissent comme des emplacements réservés.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Stops before the next step; nothing is half done</source>
        <translation>S&apos;arrête avant l&apos;étape suivante ; rien n&apos;est fait à moitié</translation>
    </message>
    <message>
        <source>Past the point of no return: the operation finishes first</source>
        <translation>Point de non-retour dépassé : l&apos;opération se termine d&apos;abord</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>&amp;Renew now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Run the drill</source>
        <translation>&amp;Lancer l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Restore the cluster</source>
        <translation>&amp;Restaurer le cluster</translation>
    </message>
    <message>
        <source>&amp;Pause failover</source>
        <translation>&amp;Suspendre le failover</translation>
    </message>
    <message>
        <source>&amp;Resume failover</source>
        <translation>&amp;Reprendre le failover</translation>
    </message>
    <message>
        <source>Versions before and after the upgrade</source>
        <translation>Versions avant et après la mise à niveau</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Restart the cluster</source>
        <translation>&amp;Redémarrer le cluster</translation>
    </message>
    <message>
        <source>&amp;Upgrade the cluster</source>
        <translation>Mettre à &amp;niveau le cluster</translation>
    </message>
    <message>
        <source>(up to date)</source>
        <translation>(à jour)</translation>
    </message>
    <message>
        <source>%1 in all, the longest %2 (%3 writes acknowledged, %4 failed)</source>
        <translation>%1 au total, la plus longue %2 (%3 écritures acquittées, %4 en échec)</translation>
    </message>
    <message>
        <source>&amp;Apply the settings</source>
        <translation>&amp;Appliquer les réglages</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationResult</name>
    <message>
        <source>Switchover to %1</source>
        <translation>Bascule vers %1</translation>
    </message>
    <message>
        <source>Re-clone of %1</source>
        <translation>Reclonage de %1</translation>
    </message>
    <message>
        <source>Rejoin of %1</source>
        <translation>Réintégration de %1</translation>
    </message>
    <message>
        <source>Fence of %1</source>
        <translation>Isolement de %1</translation>
    </message>
    <message>
        <source>Adding standby %1</source>
        <translation>Ajout du secondaire %1</translation>
    </message>
    <message>
        <source>Removing standby %1</source>
        <translation>Retrait du secondaire %1</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1 : refusé, rien n&apos;a changé : %2</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 s</source>
        <translation>%1 : annulé après %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>, write outage %1 s (%2 writes failed)</source>
        <translation>, interruption des écritures %1 s (%2 écritures en échec)</translation>
    </message>
    <message>
        <source>%1: done and verified in %2</source>
        <translation>%1 : fait et vérifié en %2</translation>
    </message>
    <message>
        <source>%1: FAILED after %2: %3</source>
        <translation>%1 : ÉCHEC après %2 : %3</translation>
    </message>
    <message>
        <source>Rotating the passwords (finishing the interrupted run)</source>
        <translation>Renouvellement des mots de passe (achèvement de l&apos;exécution interrompue)</translation>
    </message>
    <message>
        <source>Rotating the passwords</source>
        <translation>Renouvellement des mots de passe</translation>
    </message>
    <message>
        <source>Renewing the certificates (finishing the interrupted run)</source>
        <translation>Renouvellement des certificats (achèvement de l&apos;exécution interrompue)</translation>
    </message>
    <message>
        <source>Renewing the certificates</source>
        <translation>Renouvellement des certificats</translation>
    </message>
    <message>
        <source>%1 backup</source>
        <translation>Sauvegarde (%1)</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Exercice de restauration</translation>
    </message>
    <message>
        <source>Restore to %1</source>
        <translation>Restauration à %1</translation>
    </message>
    <message>
        <source>, write outage %1 s in all, the longest %2 s (%3 writes failed)</source>
        <translation>, interruption des écritures %1 s au total, la plus longue %2 s (%3 écritures en échec)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Application des réglages</translation>
    </message>
</context>
<context>
    <name>pgpilot::OperationRunner</name>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Non connecté au cluster.</translation>
    </message>
    <message>
        <source>Another phase or operation is running on this cluster.</source>
        <translation>Une autre phase ou opération tourne sur ce cluster.</translation>
    </message>
    <message>
        <source>The operation can be planned</source>
        <translation>L&apos;opération peut être planifiée</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again.</source>
        <translation>Attendre sa fin, puis réessayer.</translation>
    </message>
    <message>
        <source>Check the node&apos;s name.</source>
        <translation>Vérifier le nom du nœud.</translation>
    </message>
    <message>
        <source>Pre-checks for %1</source>
        <translation>Vérifications préalables pour %1</translation>
    </message>
    <message>
        <source>Pre-checks passed (%1 checks)</source>
        <translation>Vérifications préalables réussies (%1 vérifications)</translation>
    </message>
    <message>
        <source>Pre-checks failed: %1 of %2 checks</source>
        <translation>Vérifications préalables en échec : %1 sur %2</translation>
    </message>
    <message>
        <source>the pre-checks did not pass</source>
        <translation>les vérifications préalables n&apos;ont pas réussi</translation>
    </message>
    <message>
        <source>Writing through %1:%2 every %3 ms to measure the outage</source>
        <translation>Écriture via %1:%2 toutes les %3 ms pour mesurer l&apos;interruption</translation>
    </message>
    <message>
        <source>Starting: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>le primaire</translation>
    </message>
    <message>
        <source>Switching over: demoting %1, then promoting %2</source>
        <translation>Bascule : rétrogradation de %1, puis promotion de %2</translation>
    </message>
    <message>
        <source>Waiting for HAProxy and the VIP to send writes to %1</source>
        <translation>Attente que HAProxy et la VIP envoient les écritures à %1</translation>
    </message>
    <message>
        <source>Keeping PostgreSQL on %1 stopped</source>
        <translation>PostgreSQL maintenu arrêté sur %1</translation>
    </message>
    <message>
        <source>Checking that %1&apos;s data directory was shut down cleanly</source>
        <translation>Vérification que le dossier de données de %1 a été arrêté proprement</translation>
    </message>
    <message>
        <source>Rejoining %1 to %2 (pg_rewind if it diverged)</source>
        <translation>Réintégration de %1 à %2 (pg_rewind s&apos;il a divergé)</translation>
    </message>
    <message>
        <source>Re-cloning %1 from %2</source>
        <translation>Reclonage de %1 depuis %2</translation>
    </message>
    <message>
        <source>Fencing %1: mark, start.conf disabled, repmgrd stopped</source>
        <translation>Isolement de %1 : marque, start.conf désactivé, repmgrd arrêté</translation>
    </message>
    <message>
        <source>Stopping PostgreSQL on %1 and masking its unit</source>
        <translation>Arrêt de PostgreSQL sur %1 et masquage de son unité</translation>
    </message>
    <message>
        <source>Cloning %1 from the current primary</source>
        <translation>Clonage de %1 depuis le primaire actuel</translation>
    </message>
    <message>
        <source>Unregistering %1 from repmgr</source>
        <translation>Désenregistrement de %1 de repmgr</translation>
    </message>
    <message>
        <source>Reloading HAProxy on %1</source>
        <translation>Rechargement de HAProxy sur %1</translation>
    </message>
    <message>
        <source>Reloading Keepalived on %1</source>
        <translation>Rechargement de Keepalived sur %1</translation>
    </message>
    <message>
        <source>HAProxy switched: %1:%2 reaches %3; VIP %1 is on the new primary&apos;s side</source>
        <translation>HAProxy a basculé : %1:%2 atteint %3 ; la VIP %1 est du côté du nouveau primaire</translation>
    </message>
    <message>
        <source>%1 streams from the primary</source>
        <translation>%1 diffuse depuis le primaire</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 is stopped and cannot start</source>
        <translation>PostgreSQL sur %1 est arrêté et ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1 on %2: already done</source>
        <translation>%1 sur %2 : déjà fait</translation>
    </message>
    <message>
        <source>Demoting %1: clean shutdown (its WAL goes to %2 first)</source>
        <translation>Rétrogradation de %1 : arrêt propre (son WAL va d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>%1 shut down cleanly</source>
        <translation>%1 arrêté proprement</translation>
    </message>
    <message>
        <source>Promoting %1</source>
        <translation>Promotion de %1</translation>
    </message>
    <message>
        <source>%1 is the primary now</source>
        <translation>%1 est maintenant le primaire</translation>
    </message>
    <message>
        <source>Siblings following %1</source>
        <translation>Les autres secondaires suivent %1</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 suit %2</translation>
    </message>
    <message>
        <source>%1 restarted as a standby of %2</source>
        <translation>%1 redémarré comme secondaire de %2</translation>
    </message>
    <message>
        <source>%1 rejoined as a standby</source>
        <translation>%1 réintégré comme secondaire</translation>
    </message>
    <message>
        <source>pg_rewind on %1: discarding what diverged from the primary</source>
        <translation>pg_rewind sur %1 : abandon de ce qui a divergé du primaire</translation>
    </message>
    <message>
        <source>%1 crashed: crash recovery in single-user mode first</source>
        <translation>%1 a planté : d&apos;abord une récupération en mode mono-utilisateur</translation>
    </message>
    <message>
        <source>repmgr reports the switchover successful</source>
        <translation>repmgr indique que la bascule a réussi</translation>
    </message>
    <message>
        <source>Writes through %1:%2 fail now (%3)</source>
        <translation>Les écritures via %1:%2 échouent maintenant (%3)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Writes through %1:%2 accepted again (%3 s without a write)</source>
        <translation>Écritures via %1:%2 de nouveau acceptées (%3 s sans écriture)</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>step %1 on %2: %3</source>
        <translation>étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>pg_rewind could not bring %1 back. A re-clone (rejoin with re-clone) deletes its data directory and copies it afresh from the primary.</source>
        <translation>pg_rewind n&apos;a pas pu ramener %1. Un reclonage (réintégration avec reclonage) supprime son dossier de données et le recopie depuis le primaire.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Verifying the cluster after %1</source>
        <translation>Vérification du cluster après %1</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>échec de la vérification : %1</translation>
    </message>
    <message>
        <source>Verified: %1 checks passed</source>
        <translation>Vérifié : %1 vérifications réussies</translation>
    </message>
    <message>
        <source>Connect to the cluster again, then check again.</source>
        <translation>Reconnectez-vous au cluster, puis revérifiez.</translation>
    </message>
    <message>
        <source>An earlier rotation stopped halfway: finishing it with its stored passwords (%1)</source>
        <translation>Un renouvellement précédent s&apos;est arrêté à mi-chemin : achèvement avec ses mots de passe enregistrés (%1)</translation>
    </message>
    <message>
        <source>New passwords made and kept under pending keys</source>
        <translation>Nouveaux mots de passe créés et rangés sous des clés provisoires</translation>
    </message>
    <message>
        <source>The cluster has the new passwords; they stay under the pending keys. Run rotate-secrets again to finish.</source>
        <translation>Le cluster a les nouveaux mots de passe ; ils restent sous les clés provisoires. Relancez rotate-secrets pour terminer.</translation>
    </message>
    <message>
        <source>The new passwords replace the old ones in the keychain</source>
        <translation>Les nouveaux mots de passe remplacent les anciens dans le trousseau</translation>
    </message>
    <message>
        <source>An earlier renewal stopped halfway: finishing it with its stored certificates (%1)</source>
        <translation>Un renouvellement précédent s&apos;est arrêté à mi-chemin : achèvement avec ses certificats enregistrés (%1)</translation>
    </message>
    <message>
        <source>New keys and certificates made and kept under pending keys</source>
        <translation>Nouvelles clés et nouveaux certificats créés et rangés sous des clés provisoires</translation>
    </message>
    <message>
        <source>The nodes have the new certificates; they stay under the pending keys. Run renew-certs again to finish.</source>
        <translation>Les nœuds ont les nouveaux certificats ; ils restent sous les clés provisoires. Relancez renew-certs pour terminer.</translation>
    </message>
    <message>
        <source>The new certificates replace the old ones in the keychain</source>
        <translation>Les nouveaux certificats remplacent les anciens dans le trousseau</translation>
    </message>
    <message>
        <source>The operation can be planned for the current primary</source>
        <translation>L&apos;opération peut être planifiée pour le primaire actuel</translation>
    </message>
    <message>
        <source>Give another standby to switch over to.</source>
        <translation>Indiquer un autre secondaire vers lequel basculer.</translation>
    </message>
    <message>
        <source>Writes go to %1 now</source>
        <translation>Les écritures vont maintenant à %1</translation>
    </message>
    <message>
        <source>%1 was done already</source>
        <translation>%1 était déjà traité</translation>
    </message>
    <message>
        <source>%1 streams and has caught up</source>
        <translation>%1 diffuse et a rattrapé son retard</translation>
    </message>
</context>
<context>
    <name>pgpilot::OverlaySecretStore</name>
    <message>
        <source>typed secrets for a test: read-only</source>
        <translation>secrets tapés pour un test : lecture seule</translation>
    </message>
</context>
<context>
    <name>pgpilot::PauseBanner</name>
    <message>
        <source>▮▮
PAUSED</source>
        <translation>▮▮
SUSPENDU</translation>
    </message>
    <message>
        <source>Automatic failover paused on %1 only, not on %2</source>
        <translation>Failover automatique suspendu sur %1 seulement, pas sur %2</translation>
    </message>
    <message>
        <source>Automatic failover paused: the window ended %1 ago</source>
        <translation>Failover automatique suspendu : la fenêtre s&apos;est terminée il y a %1</translation>
    </message>
    <message>
        <source>Automatic failover paused: %1 left</source>
        <translation>Failover automatique suspendu : encore %1</translation>
    </message>
    <message>
        <source>Automatic failover paused</source>
        <translation>Failover automatique suspendu</translation>
    </message>
    <message>
        <source>Since %1 by %2, until %3.</source>
        <translation>Depuis %1 par %2, jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Raison : %1.</translation>
    </message>
    <message>
        <source>No window recorded: paused by hand (repmgr service pause), or by a switchover that runs now.</source>
        <translation>Aucune fenêtre enregistrée : suspendu à la main (repmgr service pause), ou par une bascule en cours.</translation>
    </message>
    <message>
        <source>No standby is promoted if the primary fails. Resume: Cluster → Resume automatic failover, or pgpilot unpause.</source>
        <translation>Aucun secondaire n&apos;est promu si le primaire tombe. Reprendre : Cluster → Reprendre le failover automatique, ou pgpilot unpause.</translation>
    </message>
</context>
<context>
    <name>pgpilot::PauseDialog</name>
    <message>
        <source>Pause automatic failover of %1</source>
        <translation>Suspendre le failover automatique de %1</translation>
    </message>
    <message>
        <source>e.g. kernel update on pg2</source>
        <translation>p. ex. mise à jour du noyau sur pg2</translation>
    </message>
    <message>
        <source>While automatic failover is paused, repmgrd on every node takes no action when the primary fails. Every dashboard, the wall and pgpilot watch show the pause, and raise a critical alarm once the window has passed.</source>
        <translation>Tant que le failover automatique est suspendu, repmgrd ne fait rien sur aucun nœud quand le primaire tombe. Chaque tableau de bord, le mur et pgpilot watch affichent la pause, et lèvent une alarme critique une fois la fenêtre dépassée.</translation>
    </message>
    <message>
        <source>&amp;Window (30m, 2h, 1h30m; at most 24h):</source>
        <translation>&amp;Fenêtre (30m, 2h, 1h30m ; 24h au plus) :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
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
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>pas de socket</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>to queries</source>
        <translation>aux requêtes</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>pendant la connexion</translation>
    </message>
    <message>
        <source>no answer %1 within %2 ms</source>
        <translation>pas de réponse %1 en %2 ms</translation>
    </message>
    <message>
        <source>no answer to the status query</source>
        <translation>pas de réponse à la requête d’état</translation>
    </message>
    <message>
        <source>no answer to the queries</source>
        <translation>pas de réponse aux requêtes</translation>
    </message>
</context>
<context>
    <name>pgpilot::PhasePage</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>This phase only checks; it changes nothing on the nodes.</source>
        <translation>Cette phase ne fait que vérifier ; elle ne change rien sur les nœuds.</translation>
    </message>
    <message>
        <source>Find in this node&apos;s log (Enter for next)</source>
        <translation>Chercher dans le journal de ce nœud (Entrée pour le suivant)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Checkpoint: not run yet.</source>
        <translation>Point de contrôle : pas encore exécuté.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Run phase %1</source>
        <translation>Lancer la phase %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry step</source>
        <translation>Relancer l&apos;étape</translation>
    </message>
    <message>
        <source>Retry phase</source>
        <translation>Relancer la phase</translation>
    </message>
    <message>
        <source>Show commands</source>
        <translation>Voir les commandes</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Run only this phase&apos;s checkpoint, e.g. after repairing a node by hand.</source>
        <translation>Exécuter seulement le point de contrôle de cette phase, p. ex. après une réparation manuelle d&apos;un nœud.</translation>
    </message>
    <message>
        <source>Live view starts with the phase.</source>
        <translation>La vue en direct commence avec la phase.</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
    <message>
        <source>Phase %1 is destructive</source>
        <translation>La phase %1 est destructrice</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Continuer ?</translation>
    </message>
    <message>
        <source>Checkpoint: waiting for the steps.</source>
        <translation>Point de contrôle : en attente des étapes.</translation>
    </message>
    <message>
        <source>Checkpoint: running...</source>
        <translation>Point de contrôle : en cours...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Annulé.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase %1 stopped.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Phase %1 arrêtée.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Que faire :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checkpoint: not run, the phase stopped before its end.</source>
        <translation>Point de contrôle : non exécuté, la phase s&apos;est arrêtée avant sa fin.</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>Cause probable : %1</translation>
    </message>
    <message>
        <source>%1 — likely cause: %2</source>
        <translation>%1 — cause probable : %2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#14501a&apos;&gt;✔ Checkpoint passed&lt;/b&gt; — you can go on.</source>
        <translation>&lt;b style=&apos;color:#14501a&apos;&gt;✔ Point de contrôle réussi&lt;/b&gt; — vous pouvez continuer.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a30b0b&apos;&gt;✖ Checkpoint failed&lt;/b&gt; — fix what the table shows, then Retry phase.</source>
        <translation>&lt;b style=&apos;color:#a30b0b&apos;&gt;✖ Point de contrôle échoué&lt;/b&gt; — corriger ce que montre le tableau, puis « Relancer la phase ».</translation>
    </message>
    <message>
        <source>Commands of %1 on %2</source>
        <translation>Commandes de %1 sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>Primary: %1   ·   VIP on: %2   ·   port %3 → %4</source>
        <translation>Primaire : %1   ·   VIP sur : %2   ·   port %3 → %4</translation>
    </message>
    <message>
        <source>%1  primary %2, VIP on %3, writes go to %4</source>
        <translation>%1  primaire %2, VIP sur %3, les écritures vont à %4</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>Elapsed %1 s</source>
        <translation>Écoulé %1 s</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>done earlier</source>
        <translation>fait auparavant</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Output per node</source>
        <translation>Sortie par nœud</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>Preview changes...</source>
        <translation>Aperçu des modifications...</translation>
    </message>
    <message>
        <source>Show, per node and file, what this phase would change and which services it would restart, without changing anything.</source>
        <translation>Afficher, par nœud et par fichier, ce que cette phase modifierait et quels services elle redémarrerait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Preview and apply phase %1...</source>
        <translation>Aperçu et application de la phase %1...</translation>
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
        <translation>changement de propriétaire et de mode</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>nouveau fichier</translation>
    </message>
    <message>
        <source>from the keychain (not shown)</source>
        <translation>depuis le trousseau (non affiché)</translation>
    </message>
    <message>
        <source>could not be compared</source>
        <translation>comparaison impossible</translation>
    </message>
    <message>
        <source>What phase %1 would change</source>
        <translation>Ce que la phase %1 modifierait</translation>
    </message>
    <message>
        <source>Reading every node (nothing is changed)...</source>
        <translation>Lecture de chaque nœud (rien n&apos;est modifié)...</translation>
    </message>
    <message>
        <source>Changes per node</source>
        <translation>Modifications par nœud</translation>
    </message>
    <message>
        <source>Node, step, file</source>
        <translation>Nœud, étape, fichier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Apply phase %1</source>
        <translation>Appliquer la phase %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>serait exécuté</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>si nécessaire</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>runs: %1
</source>
        <translation>exécute : %1
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (if needed)</source>
        <translation> (si nécessaire)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
    <message>
        <source>New file:
</source>
        <translation>Nouveau fichier :
</translation>
    </message>
    <message>
        <source>The content is the same.</source>
        <translation>Le contenu est identique.</translation>
    </message>
    <message>
        <source>Written from the keychain; its content is not shown.</source>
        <translation>Écrit depuis le trousseau ; son contenu n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Owner and mode: %1 -&gt; %2
</source>
        <translation>Propriétaire et mode : %1 -&gt; %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to run</source>
        <translation>
            <numerusform>%n étape à exécuter</numerusform>
            <numerusform>%n étapes à exécuter</numerusform>
        </translation>
    </message>
    <message>
        <source>No service would be reloaded, restarted or stopped.</source>
        <translation>Aucun service ne serait rechargé, redémarré ou arrêté.</translation>
    </message>
    <message>
        <source>Services affected: %1</source>
        <translation>Services concernés : %1</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Some nodes could not be read (marked below): the preview is incomplete, so the phase cannot be applied from here.</source>
        <translation>Certains nœuds n&apos;ont pas pu être lus (signalés ci-dessous) : l&apos;aperçu est incomplet, la phase ne peut donc pas être appliquée d&apos;ici.</translation>
    </message>
    <message>
        <source>Nothing to change: every step of phase %1 is already done.</source>
        <translation>Rien à modifier : chaque étape de la phase %1 est déjà effectuée.</translation>
    </message>
    <message>
        <source>Phase %1 would make the changes below. Nothing has been changed yet; select a file to see its difference.</source>
        <translation>La phase %1 apporterait les modifications ci-dessous. Rien n&apos;a encore été modifié ; sélectionner un fichier pour voir sa différence.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Reader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;.</source>
        <translation>%1 : valeur inconnue « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 doit être %2.</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>une liste de nombres entiers</translation>
    </message>
    <message>
        <source>unknown field (a typo?); %1 takes: %2</source>
        <translation>champ inconnu (une faute de frappe ?) ; %1 accepte : %2</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>must be an object ({ ... })</source>
        <translation>doit être un objet ({ ... })</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation>doit être un nombre entier de secondes de 0 à %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity: warning or critical</source>
        <translation>« %1 » n&apos;est pas une gravité : warning ou critical</translation>
    </message>
    <message>
        <source>an object of names and values</source>
        <translation>un objet de noms et de valeurs</translation>
    </message>
    <message>
        <source>a value such as &quot;64MB&quot;, 200 or true</source>
        <translation>une valeur comme &quot;64MB&quot;, 200 ou true</translation>
    </message>
</context>
<context>
    <name>pgpilot::ReplayBar</name>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Seconds of history replayed per second</source>
        <translation>Secondes d&apos;historique rejouées par seconde</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Leave the replay and show the cluster as it is now (End)</source>
        <translation>Quitter le rejeu et montrer le cluster tel qu&apos;il est maintenant (Fin)</translation>
    </message>
    <message>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <source>One minute back (Shift+Left)</source>
        <translation>Une minute en arrière (Maj+Gauche)</translation>
    </message>
    <message>
        <source>− 1 s</source>
        <translation>− 1 s</translation>
    </message>
    <message>
        <source>One second back (Left)</source>
        <translation>Une seconde en arrière (Gauche)</translation>
    </message>
    <message>
        <source>+ 1 s</source>
        <translation>+ 1 s</translation>
    </message>
    <message>
        <source>One second on (Right)</source>
        <translation>Une seconde en avant (Droite)</translation>
    </message>
    <message>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <source>One minute on (Shift+Right)</source>
        <translation>Une minute en avant (Maj+Droite)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No history stored yet</source>
        <translation>Aucun historique enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>il y a %n seconde</numerusform>
            <numerusform>il y a %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1 (%2)</source>
        <translation>Rejeu %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pgpilot::RollingDialog</name>
    <message>
        <source>Minor upgrade</source>
        <translation>Mise à niveau mineure</translation>
    </message>
    <message>
        <source>Rolling restart</source>
        <translation>Redémarrage progressif</translation>
    </message>
    <message>
        <source>Installs the new versions the nodes&apos; package source offers, one node at a time: the standbys first, then a switchover, then the old primary. Writes pause once, for the switchover. The next page shows every node&apos;s installed and new versions before anything changes.</source>
        <translation>Installe les nouvelles versions que propose la source de paquets des nœuds, un nœud à la fois : d&apos;abord les secondaires, puis une bascule, puis l&apos;ancien primaire. Les écritures s&apos;interrompent une fois, le temps de la bascule. La page suivante montre les versions installées et nouvelles de chaque nœud avant tout changement.</translation>
    </message>
    <message>
        <source>Restarts PostgreSQL on every node, one node at a time: the standbys first, then a switchover, then repmgr restarts the old primary as a standby. Writes pause once, for the switchover. Settings waiting for a restart take effect.</source>
        <translation>Redémarre PostgreSQL sur chaque nœud, un nœud à la fois : d&apos;abord les secondaires, puis une bascule, puis repmgr redémarre l&apos;ancien primaire comme secondaire. Les écritures s&apos;interrompent une fois, le temps de la bascule. Les paramètres en attente de redémarrage prennent effet.</translation>
    </message>
    <message>
        <source>The first standby of the worksheet</source>
        <translation>Le premier secondaire de la fiche</translation>
    </message>
    <message>
        <source>Switch over to:</source>
        <translation>Basculer vers :</translation>
    </message>
    <message>
        <source>Switch back at the end</source>
        <translation>Rebasculer à la fin</translation>
    </message>
    <message>
        <source>Switch back to %1 at the end</source>
        <translation>Rebasculer vers %1 à la fin</translation>
    </message>
    <message>
        <source>A second switchover: writes pause a second time.</source>
        <translation>Une seconde bascule : les écritures s&apos;interrompent une seconde fois.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Continue to the pre-checks</source>
        <translation>Passer aux vérifications préalables</translation>
    </message>
    <message>
        <source>Tick at least one package.</source>
        <translation>Cocher au moins un paquet.</translation>
    </message>
</context>
<context>
    <name>pgpilot::RoutingChart</name>
    <message>
        <source>HAProxy routing: writes (line) and reads (dots) per node</source>
        <translation>Routage HAProxy : écritures (ligne) et lectures (points) par nœud</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>%1: writes to %2</source>
        <translation>%1 : écritures vers %2</translation>
    </message>
    <message>
        <source>%1: reads to %2</source>
        <translation>%1 : lectures vers %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::ScheduleRunner</name>
    <message>
        <source>#%1: cannot claim it: %2</source>
        <translation>#%1 : impossible de se l&apos;attribuer : %2</translation>
    </message>
    <message>
        <source>#%1: claimed by another watcher (or no longer scheduled)</source>
        <translation>#%1 : attribuée à un autre pgpilot watch (ou plus planifiée)</translation>
    </message>
    <message>
        <source>#%1: claimed: %2 (scheduled for %3 by %4)</source>
        <translation>#%1 : attribuée : %2 (planifiée pour %3 par %4)</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1 : refusé, rien n&apos;a changé : %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non démarrée : %1</translation>
    </message>
    <message>
        <source>#%1: no write probe: %2</source>
        <translation>#%1 : pas de sonde d&apos;écriture : %2</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1 : %2</translation>
    </message>
    <message>
        <source>#%1: the result could not be recorded: %2</source>
        <translation>#%1 : le résultat n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>#%1: the result could not be recorded in %2: %3</source>
        <translation>#%1 : le résultat n&apos;a pas pu être enregistré dans %2 : %3</translation>
    </message>
    <message>
        <source>the row is no longer ours</source>
        <translation>la ligne n&apos;est plus à nous</translation>
    </message>
    <message>
        <source>#%1: recorded as %2 on %3</source>
        <translation>#%1 : enregistrée comme %2 sur %3</translation>
    </message>
    <message>
        <source>#%1: cannot mark it failed: %2</source>
        <translation>#%1 : impossible de la marquer en échec : %2</translation>
    </message>
    <message>
        <source>#%1: left running for over %2 h by a watcher that stopped: marked failed</source>
        <translation>#%1 : laissée en cours depuis plus de %2 h par un pgpilot watch arrêté : marquée en échec</translation>
    </message>
</context>
<context>
    <name>pgpilot::ScheduleStrip</name>
    <message>
        <source>SCHEDULED</source>
        <translation>PLANIFIÉ</translation>
    </message>
    <message>
        <source>Scheduled operations (a running pgpilot watch starts each at its time; pgpilot schedule --cancel calls one off):</source>
        <translation>Opérations planifiées (un pgpilot watch en marche lance chacune à son heure ; pgpilot schedule --cancel en annule une) :</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretBundle</name>
    <message>
        <source>Cannot open the secrets bundle: wrong passphrase, or the file was changed.</source>
        <translation>Impossible d&apos;ouvrir le paquet de secrets : mauvaise phrase de passe, ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>This is not a pgpilot secrets bundle (its first line is not &quot;pgpilot secrets bundle %1&quot;).</source>
        <translation>Ce n&apos;est pas un paquet de secrets pgpilot (sa première ligne n&apos;est pas « pgpilot secrets bundle %1 »).</translation>
    </message>
    <message>
        <source>This secrets bundle has format %1, made by a newer pgpilot; this one reads format %2. Import it with that newer pgpilot.</source>
        <translation>Ce paquet de secrets a le format %1, d&apos;un pgpilot plus récent ; celui-ci lit le format %2. Importez-le avec ce pgpilot plus récent.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase de passe est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A secrets bundle needs the cluster&apos;s name.</source>
        <translation>Un paquet de secrets a besoin du nom du cluster.</translation>
    </message>
    <message>
        <source>%1 is not a secret reference (pgpilot:&lt;cluster&gt;:&lt;name&gt;).</source>
        <translation>%1 n&apos;est pas une référence de secret (pgpilot:&lt;cluster&gt;:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>The secrets could not be encrypted (OpenSSL failed).</source>
        <translation>Les secrets n&apos;ont pas pu être chiffrés (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>The bundle opened, but what it holds is not a list of pgpilot secrets.</source>
        <translation>Le paquet s&apos;est ouvert, mais ce qu&apos;il contient n&apos;est pas une liste de secrets pgpilot.</translation>
    </message>
    <message>
        <source>%1 is not a pgpilot secrets bundle (it is far too large).</source>
        <translation>%1 n&apos;est pas un paquet de secrets pgpilot (il est bien trop grand).</translation>
    </message>
    <message>
        <source>%1 holds the secrets of the cluster %2, not of %3 (the worksheet&apos;s cluster).</source>
        <translation>%1 contient les secrets du cluster %2, pas ceux de %3 (le cluster de la fiche).</translation>
    </message>
    <message>
        <source>%1 exists already; pgpilot does not overwrite it. Choose another name, or remove that file first.</source>
        <translation>%1 existe déjà ; pgpilot ne l&apos;écrase pas. Choisissez un autre nom, ou supprimez d&apos;abord ce fichier.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretStore</name>
    <message>
        <source>Secrets are kept in memory only and are forgotten when pgpilot quits.</source>
        <translation>Les secrets restent en mémoire seulement et sont oubliés à la fermeture de pgpilot.</translation>
    </message>
    <message>
        <source>No secret named %1.</source>
        <translation>Aucun secret nommé %1.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SecretTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>There is no secret store to read the secrets from.</source>
        <translation>Il n&apos;y a pas de magasin de secrets d&apos;où lire les secrets.</translation>
    </message>
    <message>
        <source>There is no secret store to write the secrets to.</source>
        <translation>Il n&apos;y a pas de magasin de secrets où écrire les secrets.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <source>The worksheet&apos;s settings section against every node, as each node&apos;s PostgreSQL reports it (pg_settings). A reload applies most parameters; those PostgreSQL reads only at start wait for a rolling restart: the standbys one at a time, then a switchover.</source>
        <translation>La section Réglages de la fiche face à chaque nœud, d&apos;après ce que rapporte le PostgreSQL de chaque nœud (pg_settings). Un rechargement applique la plupart des paramètres ; ceux que PostgreSQL ne lit qu&apos;au démarrage attendent un redémarrage progressif : les secondaires un par un, puis une bascule.</translation>
    </message>
    <message>
        <source>Parameters: in effect, on the worksheet, and what a change needs</source>
        <translation>Paramètres : en vigueur, dans la fiche, et ce que requiert un changement</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>&amp;Apply...</source>
        <translation>&amp;Appliquer...</translation>
    </message>
    <message>
        <source>Reading the nodes&apos; settings...</source>
        <translation>Lecture des réglages des nœuds...</translation>
    </message>
    <message>
        <source>Cannot read the nodes&apos; settings: %1</source>
        <translation>Impossible de lire les réglages des nœuds : %1</translation>
    </message>
    <message>
        <source>no connection to the cluster</source>
        <translation>pas de connexion au cluster</translation>
    </message>
    <message>
        <source>every node</source>
        <translation>tous les nœuds</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Pre-checks, then write and reload on every node (nothing restarts)</source>
        <translation>Vérifications préalables, puis écriture et rechargement sur chaque nœud (rien ne redémarre)</translation>
    </message>
    <message>
        <source>Rolling res&amp;tart...</source>
        <translation>Redémarrage &amp;progressif...</translation>
    </message>
    <message>
        <source>Restart PostgreSQL one node at a time, the primary by a switchover</source>
        <translation>Redémarrer PostgreSQL un nœud à la fois, le primaire par une bascule</translation>
    </message>
</context>
<context>
    <name>pgpilot::SettingsInspector</name>
    <message>
        <source>no node answered</source>
        <translation>aucun nœud n&apos;a répondu</translation>
    </message>
    <message>
        <source>its settings could not be read: %1</source>
        <translation>ses paramètres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>pgpilot::SetupWizard</name>
    <message>
        <source>Worksheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Connect to nodes</source>
        <translation>Connexion aux nœuds</translation>
    </message>
    <message>
        <source>0  Pre-flight checks</source>
        <translation>0  Vérifications préalables</translation>
    </message>
    <message>
        <source>1  Base install</source>
        <translation>1  Installation de base</translation>
    </message>
    <message>
        <source>2  PostgreSQL configuration</source>
        <translation>2  Configuration de PostgreSQL</translation>
    </message>
    <message>
        <source>3  repmgr cluster</source>
        <translation>3  Cluster repmgr</translation>
    </message>
    <message>
        <source>4  HAProxy, health check, VIP</source>
        <translation>4  HAProxy, santé, VIP</translation>
    </message>
    <message>
        <source>5  Failover validation</source>
        <translation>5  Validation du failover</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Wait for this phase to finish, or cancel it.</source>
        <translation>Attendre la fin de cette phase, ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>Fix the problems shown on this page to go on.</source>
        <translation>Corriger les problèmes affichés sur cette page pour continuer.</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de mise en place</translation>
    </message>
    <message>
        <source>6  Backups</source>
        <translation>6  Sauvegardes</translation>
    </message>
</context>
<context>
    <name>pgpilot::SiteCertificatesDialog</name>
    <message>
        <source>Import the site&apos;s certificates of %1</source>
        <translation>Importer les certificats du site pour %1</translation>
    </message>
    <message>
        <source>The site&apos;s CA certificate, and for every node its certificate (then any intermediates) and its private key, unencrypted, as PEM files. Each certificate must name the node&apos;s address and the VIP (%1) as IP subject alternative names.</source>
        <translation>Le certificat de l&apos;AC du site et, pour chaque nœud, son certificat (suivi des éventuels intermédiaires) et sa clé privée, non chiffrée, en fichiers PEM. Chaque certificat doit mentionner l&apos;adresse du nœud et la VIP (%1) comme noms alternatifs IP (SAN).</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat de l&apos;AC :</translation>
    </message>
    <message>
        <source>%1 certificate:</source>
        <translation>Certificat de %1 :</translation>
    </message>
    <message>
        <source>%1 key:</source>
        <translation>Clé de %1 :</translation>
    </message>
    <message>
        <source>A renewal: keep them for Renew certificates (no restart), with the same CA</source>
        <translation>Un renouvellement : les garder pour « Renouveler les certificats » (sans redémarrage), avec la même AC</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was stored:</source>
        <translation>Rien n&apos;a été enregistré :</translation>
    </message>
    <message>
        <source>%1: no file chosen.</source>
        <translation>%1 : aucun fichier choisi.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>Clé de %1</translation>
    </message>
    <message numerus="yes">
        <source>The certificates and keys of %n node(s) are waiting for Renew certificates, which puts them in service without a restart.</source>
        <translation>
            <numerusform>Les certificats et clés de %n nœud attendent « Renouveler les certificats », qui les met en service sans redémarrage.</numerusform>
            <numerusform>Les certificats et clés de %n nœuds attendent « Renouveler les certificats », qui les met en service sans redémarrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site&apos;s CA and the certificates of %n node(s) are in the keychain. Run phase 2 to write them to the nodes (a reload, no restart).</source>
        <translation>
            <numerusform>L&apos;AC du site et les certificats de %n nœud sont dans le trousseau. Lancez la phase 2 pour les écrire sur les nœuds (un rechargement, sans redémarrage).</numerusform>
            <numerusform>L&apos;AC du site et les certificats de %n nœuds sont dans le trousseau. Lancez la phase 2 pour les écrire sur les nœuds (un rechargement, sans redémarrage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::SmtpChannel</name>
    <message>
        <source>%1: %2 (%3 attempt(s), %4 ms)</source>
        <translation>%1 : %2 (%3 tentative(s), %4 ms)</translation>
    </message>
    <message>
        <source>%1 (after %2 attempt(s))</source>
        <translation>%1 (après %2 tentative(s))</translation>
    </message>
</context>
<context>
    <name>pgpilot::SmtpSender</name>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (after %3)</source>
        <translation>%1 : pas de réponse dans les %2 s (après %3)</translation>
    </message>
    <message>
        <source>the server: %1</source>
        <translation>le serveur : %1</translation>
    </message>
    <message>
        <source>the port: 0 is not a port</source>
        <translation>le port : 0 n&apos;est pas un port</translation>
    </message>
    <message>
        <source>the sender (from): %1</source>
        <translation>l&apos;expéditeur (from) : %1</translation>
    </message>
    <message>
        <source>no recipient (to)</source>
        <translation>aucun destinataire (to)</translation>
    </message>
    <message>
        <source>a recipient (to): %1</source>
        <translation>un destinataire (to) : %1</translation>
    </message>
    <message>
        <source>without TLS the password and the messages would cross the network readable: tls none is only for a server on this machine (127.0.0.1, localhost); use starttls or tls, or set allow_plaintext if you really mean it</source>
        <translation>sans TLS, le mot de passe et les messages traverseraient le réseau en clair : tls none est réservé à un serveur sur cette machine (127.0.0.1, localhost) ; utiliser starttls ou tls, ou définir allow_plaintext si c&apos;est vraiment voulu</translation>
    </message>
    <message>
        <source>the user holds a control character</source>
        <translation>l&apos;utilisateur contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>a user (%1) but no password: store it in the keychain entry named by password_secret</source>
        <translation>un utilisateur (%1) mais pas de mot de passe : l&apos;enregistrer dans l&apos;entrée du trousseau nommée par password_secret</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>le fichier d&apos;AC %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no PEM certificate in the CA file %2</source>
        <translation>%1 : aucun certificat PEM dans le fichier d&apos;AC %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate is not trusted (%2); give the CA that signed it as ca_file</source>
        <translation>%1 : le certificat du serveur n&apos;est pas reconnu (%2) ; donner l&apos;AC qui l&apos;a signé comme ca_file</translation>
    </message>
    <message>
        <source>%1: a reply line longer than 64 KiB</source>
        <translation>%1 : une ligne de réponse de plus de 64 Kio</translation>
    </message>
    <message>
        <source>%1: not an SMTP reply: %2</source>
        <translation>%1 : pas une réponse SMTP : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>the server does not take mail now</source>
        <translation>le serveur n&apos;accepte pas de courrier pour l&apos;instant</translation>
    </message>
    <message>
        <source>EHLO refused</source>
        <translation>EHLO refusé</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS refusé</translation>
    </message>
    <message>
        <source>the login as %1 was refused</source>
        <translation>la connexion en tant que %1 a été refusée</translation>
    </message>
    <message>
        <source>AUTH LOGIN refused</source>
        <translation>AUTH LOGIN refusé</translation>
    </message>
    <message>
        <source>the sender %1 was refused</source>
        <translation>l&apos;expéditeur %1 a été refusé</translation>
    </message>
    <message>
        <source>the recipient %1 was refused for now</source>
        <translation>le destinataire %1 a été refusé pour l&apos;instant</translation>
    </message>
    <message>
        <source>DATA refused</source>
        <translation>DATA refusé</translation>
    </message>
    <message>
        <source>the message was refused</source>
        <translation>le message a été refusé</translation>
    </message>
    <message>
        <source>%1: delivered to %2 only; refused: %3</source>
        <translation>%1 : remis à %2 seulement ; refusés : %3</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS, and without it the messages (and the password) would cross the network readable; use tls (port 465) if it speaks TLS from the start</source>
        <translation>%1 : le serveur ne propose pas STARTTLS, et sans lui les messages (et le mot de passe) traverseraient le réseau en clair ; utiliser tls (port 465) s&apos;il parle TLS dès le début</translation>
    </message>
    <message>
        <source>%1: the server offers no login (AUTH) on this connection; leave the user empty if it takes mail without one</source>
        <translation>%1 : le serveur ne propose aucune authentification (AUTH) sur cette connexion ; laisser l&apos;utilisateur vide s&apos;il accepte le courrier sans</translation>
    </message>
    <message>
        <source>%1: the server offers no login pgpilot speaks (PLAIN, LOGIN); it offers %2</source>
        <translation>%1 : le serveur ne propose aucune authentification que pgpilot connaisse (PLAIN, LOGIN) ; il propose %2</translation>
    </message>
    <message>
        <source>%1: every recipient was refused: %2</source>
        <translation>%1 : tous les destinataires ont été refusés : %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::SnapshotText</name>
    <message numerus="yes">
        <source>synchronous quorum: ANY %1 of %n standbys</source>
        <translation>
            <numerusform>quorum synchrone : ANY %1 sur %n secondaire</numerusform>
            <numerusform>quorum synchrone : ANY %1 sur %n secondaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synchronous priority: FIRST %1 of %n standbys</source>
        <translation>
            <numerusform>priorité synchrone : FIRST %1 sur %n secondaire</numerusform>
            <numerusform>priorité synchrone : FIRST %1 sur %n secondaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgpilot::SpecValidator</name>
    <message>
        <source>It contains a line break.</source>
        <translation>Elle contient un saut de ligne.</translation>
    </message>
    <message>
        <source>It contains a carriage return.</source>
        <translation>Elle contient un retour chariot.</translation>
    </message>
    <message>
        <source>It contains a tab.</source>
        <translation>Elle contient une tabulation.</translation>
    </message>
    <message>
        <source>It contains a space.</source>
        <translation>Elle contient une espace.</translation>
    </message>
    <message>
        <source>It contains a quote (&apos;).</source>
        <translation>Elle contient une apostrophe (&apos;).</translation>
    </message>
    <message>
        <source>It contains a quote (&quot;).</source>
        <translation>Elle contient un guillemet (&quot;).</translation>
    </message>
    <message>
        <source>It contains a backtick (`).</source>
        <translation>Elle contient un accent grave (`).</translation>
    </message>
    <message>
        <source>It contains &apos;$&apos;.</source>
        <translation>Elle contient &apos;$&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;;&apos;.</source>
        <translation>Elle contient &apos;;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&amp;&apos;.</source>
        <translation>Elle contient &apos;&amp;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;|&apos;.</source>
        <translation>Elle contient &apos;|&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&lt;&apos;.</source>
        <translation>Elle contient &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>It contains &apos;&gt;&apos;.</source>
        <translation>Elle contient &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>It contains a backslash.</source>
        <translation>Elle contient une barre oblique inverse.</translation>
    </message>
    <message>
        <source>It contains &apos;*&apos;.</source>
        <translation>Elle contient &apos;*&apos;.</translation>
    </message>
    <message>
        <source>It contains the invisible character %1 at position %2: delete it and type the value again.</source>
        <translation>Elle contient le caractère invisible %1 à la position %2 : le supprimer et retaper la valeur.</translation>
    </message>
    <message>
        <source>It contains the non-ASCII character &apos;%1&apos; (%2) at position %3: it may look like a Latin letter, digit or sign but is not one. Type the value again with a plain keyboard layout.</source>
        <translation>Elle contient le caractère non ASCII &apos;%1&apos; (%2) à la position %3 : il peut ressembler à une lettre latine, un chiffre ou un signe mais n&apos;en est pas un. Retaper la valeur avec une disposition de clavier simple.</translation>
    </message>
    <message>
        <source>It is %1 characters long.</source>
        <translation>Elle fait %1 caractères.</translation>
    </message>
    <message>
        <source>PostgreSQL listens on localhost and the node&apos;s address.</source>
        <translation>PostgreSQL écoute sur localhost et sur l&apos;adresse du nœud.</translation>
    </message>
    <message>
        <source>the port every node uses.</source>
        <translation>le port qu&apos;utilise chaque nœud.</translation>
    </message>
    <message>
        <source>scram-sha-256, which pg_hba.conf&apos;s rules expect.</source>
        <translation>scram-sha-256, qu&apos;attendent les règles de pg_hba.conf.</translation>
    </message>
    <message>
        <source>replica, for streaming replication.</source>
        <translation>replica, pour la réplication en flux.</translation>
    </message>
    <message>
        <source>on: standbys serve reads.</source>
        <translation>on : les secondaires servent les lectures.</translation>
    </message>
    <message>
        <source>derived from the number of nodes.</source>
        <translation>déduit du nombre de nœuds.</translation>
    </message>
    <message>
        <source>what a standby may fall behind without a slot.</source>
        <translation>le retard qu&apos;un secondaire peut prendre sans slot.</translation>
    </message>
    <message>
        <source>set it there.</source>
        <translation>l&apos;y régler.</translation>
    </message>
    <message>
        <source>the quorum fence and failover timings count on it.</source>
        <translation>l&apos;isolement par quorum et les délais de failover en dépendent.</translation>
    </message>
    <message>
        <source>on: pg_rewind needs it to rejoin a former primary.</source>
        <translation>on : pg_rewind en a besoin pour réintégrer un ancien primaire.</translation>
    </message>
    <message>
        <source>repmgr must be loaded; other libraries are not offered yet.</source>
        <translation>repmgr doit être chargé ; les autres bibliothèques ne sont pas encore proposées.</translation>
    </message>
    <message>
        <source>pgBackRest&apos;s archiving sets it.</source>
        <translation>l&apos;archivage de pgBackRest le règle.</translation>
    </message>
    <message>
        <source>repmgr writes it for pgBackRest&apos;s archive.</source>
        <translation>repmgr l&apos;écrit pour l&apos;archive de pgBackRest.</translation>
    </message>
    <message>
        <source>set the mode and replication.syncQuorum there.</source>
        <translation>y régler le mode et replication.syncQuorum.</translation>
    </message>
    <message>
        <source>repmgr points each standby at the primary.</source>
        <translation>repmgr dirige chaque secondaire vers le primaire.</translation>
    </message>
    <message>
        <source>a point-in-time recovery sets it for its run only.</source>
        <translation>une restauration à un instant donné le règle pour sa seule exécution.</translation>
    </message>
    <message>
        <source>repmgr promotes.</source>
        <translation>la promotion revient à repmgr.</translation>
    </message>
    <message>
        <source>set TLS there.</source>
        <translation>y régler TLS.</translation>
    </message>
    <message>
        <source>pg_ctlcluster and pgpilot find the cluster there.</source>
        <translation>pg_ctlcluster et pgpilot y trouvent le cluster.</translation>
    </message>
    <message>
        <source>pgpilot writes its rules into that file.</source>
        <translation>pgpilot écrit ses règles dans ce fichier.</translation>
    </message>
    <message>
        <source>pgpilot&apos;s psql connects through /var/run/postgresql.</source>
        <translation>le psql de pgpilot se connecte via /var/run/postgresql.</translation>
    </message>
    <message>
        <source>settings are values, never other files.</source>
        <translation>les réglages sont des valeurs, jamais d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>HAProxy checks an up server every %1 to %2 ms.</source>
        <translation>HAProxy vérifie un serveur disponible toutes les %1 à %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy checks a down server every %1 to %2 ms.</source>
        <translation>HAProxy vérifie un serveur indisponible toutes les %1 à %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy marks a server down after %1 to %2 failed checks.</source>
        <translation>HAProxy marque un serveur indisponible après %1 à %2 vérifications échouées.</translation>
    </message>
    <message>
        <source>HAProxy marks a server up after %1 to %2 good checks.</source>
        <translation>HAProxy marque un serveur disponible après %1 à %2 vérifications réussies.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s connect timeout is %1 to %2 ms.</source>
        <translation>Le délai de connexion de HAProxy va de %1 à %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s check timeout is %1 to %2 ms.</source>
        <translation>Le délai de vérification de HAProxy va de %1 à %2 ms.</translation>
    </message>
    <message>
        <source>HAProxy closes an idle client connection after %1 to %2 s (pooled connections sit idle for long stretches).</source>
        <translation>HAProxy ferme une connexion client inactive après %1 à %2 s (les connexions en pool restent longtemps inactives).</translation>
    </message>
    <message>
        <source>HAProxy closes an idle server connection after %1 to %2 s.</source>
        <translation>HAProxy ferme une connexion serveur inactive après %1 à %2 s.</translation>
    </message>
    <message>
        <source>Keepalived sends a VRRP advert every %1 to %2 ms.</source>
        <translation>Keepalived envoie une annonce VRRP toutes les %1 à %2 ms.</translation>
    </message>
    <message>
        <source>Keepalived checks the primary every %1 to %2 s.</source>
        <translation>Keepalived vérifie le primaire toutes les %1 à %2 s.</translation>
    </message>
    <message>
        <source>Keepalived&apos;s check may take %1 to %2 s (it waits up to 2 s for the health answer).</source>
        <translation>La vérification de Keepalived peut durer de %1 à %2 s (elle attend la réponse de santé jusqu&apos;à 2 s).</translation>
    </message>
    <message>
        <source>Keepalived gives the VIP up after %1 to %2 failed checks.</source>
        <translation>Keepalived cède la VIP après %1 à %2 vérifications échouées.</translation>
    </message>
    <message>
        <source>Keepalived claims the VIP after %1 to %2 good checks.</source>
        <translation>Keepalived prend la VIP après %1 à %2 vérifications réussies.</translation>
    </message>
</context>
<context>
    <name>pgpilot::SshBackupProbe</name>
    <message>
        <source>the status script exited with %1: %2</source>
        <translation>le script d&apos;état s&apos;est terminé avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not installed on %2: apply phase 6</source>
        <translation>%1 n&apos;est pas installé sur %2 : appliquer la phase 6</translation>
    </message>
</context>
<context>
    <name>pgpilot::SshWorker</name>
    <message>
        <source>%1: cancelled before it started.</source>
        <translation>%1 : annulé avant de commencer.</translation>
    </message>
    <message>
        <source>%1: could not create an SSH session.</source>
        <translation>%1 : impossible de créer une session SSH.</translation>
    </message>
    <message>
        <source>%1: cannot reach the jump host: %2</source>
        <translation>%1 : hôte de rebond injoignable : %2</translation>
    </message>
    <message>
        <source>%1: the jump host %2 could not open a connection to the node: %3</source>
        <translation>%1 : l&apos;hôte de rebond %2 n&apos;a pas pu ouvrir de connexion vers le nœud : %3</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2. Check that the node is up, the address and port are right and a firewall lets SSH through.</source>
        <translation>%1 : connexion impossible : %2. Vérifier que le nœud est démarré, que l&apos;adresse et le port sont justes et qu&apos;un pare-feu laisse passer SSH.</translation>
    </message>
    <message>
        <source>%1: the server sent no host key.</source>
        <translation>%1 : le serveur n&apos;a envoyé aucune clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1: the host key has CHANGED. Stored: %2; offered now: %3. This can mean the node was reinstalled, or that someone is intercepting the connection. pgpilot refuses to connect. If the change is expected, remove the node&apos;s line from %4 and confirm the new key.</source>
        <translation>%1 : la clé d&apos;hôte a CHANGÉ. Enregistrée : %2 ; proposée maintenant : %3. Le nœud a peut-être été réinstallé, ou quelqu&apos;un intercepte la connexion. pgpilot refuse de se connecter. Si le changement est attendu, retirer la ligne du nœud de %4 et confirmer la nouvelle clé.</translation>
    </message>
    <message>
        <source>(another key type)</source>
        <translation>(autre type de clé)</translation>
    </message>
    <message>
        <source>%1: could not store the confirmed host key in %2: %3</source>
        <translation>%1 : impossible d&apos;enregistrer la clé d&apos;hôte confirmée dans %2 : %3</translation>
    </message>
    <message>
        <source>%1: unknown host key %2. Compare it with the node&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) and confirm it to continue.</source>
        <translation>%1 : clé d&apos;hôte inconnue %2. La comparer avec celle du nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur le nœud) et la confirmer pour continuer.</translation>
    </message>
    <message>
        <source>%1: could not check the host key against %2: %3</source>
        <translation>%1 : impossible de vérifier la clé d&apos;hôte dans %2 : %3</translation>
    </message>
    <message>
        <source>no key in the SSH agent was accepted (is SSH_AUTH_SOCK set and the key loaded?)</source>
        <translation>aucune clé de l&apos;agent SSH n&apos;a été acceptée (SSH_AUTH_SOCK est-il défini et la clé chargée ?)</translation>
    </message>
    <message>
        <source>%1: cannot read the private key %2 (missing file, or wrong or missing passphrase).</source>
        <translation>%1 : impossible de lire la clé privée %2 (fichier absent, ou phrase de passe fausse ou absente).</translation>
    </message>
    <message>
        <source>the key %1 was refused</source>
        <translation>la clé %1 a été refusée</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>%1: authentication failed: %2. Check the login user and its credentials in the worksheet.</source>
        <translation>%1 : échec de l&apos;authentification : %2. Vérifier l&apos;utilisateur de connexion et ses identifiants dans la fiche.</translation>
    </message>
    <message>
        <source>%1: could not open a channel: %2</source>
        <translation>%1 : impossible d&apos;ouvrir un canal : %2</translation>
    </message>
    <message>
        <source>%1: could not start the command: %2</source>
        <translation>%1 : impossible de lancer la commande : %2</translation>
    </message>
    <message>
        <source>%1: cancelled; the remote command was stopped.</source>
        <translation>%1 : annulé ; la commande distante a été arrêtée.</translation>
    </message>
    <message>
        <source>%1: no result within %2 s; the remote command was stopped.</source>
        <translation>%1 : pas de résultat en %2 s ; la commande distante a été arrêtée.</translation>
    </message>
    <message>
        <source>%1: sudo did not run the command: %2</source>
        <translation>%1 : sudo n&apos;a pas exécuté la commande : %2</translation>
    </message>
    <message>
        <source>%1: the command did not start: %2</source>
        <translation>%1 : la commande n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>%1: the connection closed before the command reported its exit status.</source>
        <translation>%1 : la connexion s&apos;est fermée avant que la commande indique son code de sortie.</translation>
    </message>
    <message>
        <source>%1: sudo refused the password for %2. Check the password stored for this node&apos;s login; pgpilot does not try again, so that a wrong password cannot lock the account.</source>
        <translation>%1 : sudo a refusé le mot de passe pour %2. Vérifier le mot de passe enregistré pour la connexion à ce nœud ; pgpilot ne réessaie pas, pour qu&apos;un mauvais mot de passe ne verrouille pas le compte.</translation>
    </message>
    <message>
        <source>%1: the password of %2 has expired, so the node runs no command for it until it is changed (it said: %3). Log in once interactively (ssh %2@%4) and change it, or ask the node&apos;s admin (chage -l %2), then update the password in pgpilot and retry.</source>
        <translation>%1 : le mot de passe de %2 a expiré, le nœud n&apos;exécute donc aucune commande pour lui tant qu&apos;il n&apos;est pas changé (message : %3). Se connecter une fois de façon interactive (ssh %2@%4) et le changer, ou demander à l&apos;administrateur du nœud (chage -l %2), puis mettre à jour le mot de passe dans pgpilot et réessayer.</translation>
    </message>
    <message>
        <source>%1: sudo wants a password for %2, but the worksheet says it needs none (a NOPASSWD rule is missing, or cached sudo credentials expired). Set sudo to &quot;with password&quot; for this node in the worksheet, or add a NOPASSWD rule for %2 on the node.</source>
        <translation>%1 : sudo demande un mot de passe pour %2, mais la fiche dit qu&apos;il n&apos;en faut pas (une règle NOPASSWD manque, ou les identifiants sudo en cache ont expiré). Mettre sudo sur « avec mot de passe » pour ce nœud dans la fiche, ou ajouter une règle NOPASSWD pour %2 sur le nœud.</translation>
    </message>
    <message>
        <source>%1: cannot connect: no answer within the connect timeout of %2 s (%3). The node may be down, overloaded or behind a very slow or lossy link, or a firewall drops SSH; check it, then connect again.</source>
        <translation>%1 : connexion impossible : pas de réponse dans le délai de connexion de %2 s (%3). Le nœud est peut-être arrêté, surchargé ou derrière une liaison très lente ou avec pertes, ou un pare-feu bloque SSH ; le vérifier, puis se reconnecter.</translation>
    </message>
    <message>
        <source>%1: authentication could not finish: %2. The credentials were not refused; the connection failed on the way. Check the node and the link, then connect again.</source>
        <translation>%1 : l&apos;authentification n&apos;a pas pu aboutir : %2. Les identifiants n&apos;ont pas été refusés ; la connexion a échoué en route. Vérifier le nœud et la liaison, puis se reconnecter.</translation>
    </message>
</context>
<context>
    <name>pgpilot::Status</name>
    <message>
        <source>events:
</source>
        <translation>événements :
</translation>
    </message>
</context>
<context>
    <name>pgpilot::TimeAxisClock</name>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
</context>
<context>
    <name>pgpilot::TopologyView</name>
    <message>
        <source>cascaded</source>
        <translation>en cascade</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>Topologie de réplication</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>ne réplique pas</translation>
    </message>
    <message>
        <source>no upstream</source>
        <translation>pas d&apos;amont</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallBackupStrip</name>
    <message>
        <source>BACKUPS</source>
        <translation>SAUVEGARDES</translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation>DERNIÈRE SAUVEGARDE</translation>
    </message>
    <message>
        <source>ARCHIVING</source>
        <translation>ARCHIVAGE</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PROCHAINE EXÉCUTION</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>… NOT READ YET</source>
        <translation>… PAS ENCORE LU</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>▲ WARNING</source>
        <translation>▲ AVERTISSEMENT</translation>
    </message>
    <message>
        <source>⚠ CRITICAL</source>
        <translation>⚠ CRITIQUE</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallPanel</name>
    <message>
        <source>… WAITING</source>
        <translation>… EN ATTENTE</translation>
    </message>
    <message>
        <source>✔ HEALTHY</source>
        <translation>✔ SAIN</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n ALARM(S)</source>
        <translation>
            <numerusform>⚠ %n ALARME</numerusform>
            <numerusform>⚠ %n ALARMES</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n WARNING(S)</source>
        <translation>
            <numerusform>▲ %n AVERTISSEMENT</numerusform>
            <numerusform>▲ %n AVERTISSEMENTS</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>⏸ NO UPDATE SINCE %1</source>
        <translation>⏸ PAS DE MISE À JOUR DEPUIS %1</translation>
    </message>
    <message numerus="yes">
        <source>? %n NOT ANSWERING YET</source>
        <translation>
            <numerusform>? %n NE RÉPOND PAS ENCORE</numerusform>
            <numerusform>? %n NE RÉPONDENT PAS ENCORE</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ NOT WATCHED</source>
        <translation>✖ NON SURVEILLÉ</translation>
    </message>
</context>
<context>
    <name>pgpilot::WallView</name>
    <message>
        <source>pgpilot — wall</source>
        <translation>pgpilot — mur</translation>
    </message>
    <message>
        <source>No history is stored for these clusters yet</source>
        <translation>Aucun historique n&apos;est encore enregistré pour ces clusters</translation>
    </message>
    <message>
        <source>No history stored for this cluster</source>
        <translation>Aucun historique enregistré pour ce cluster</translation>
    </message>
    <message>
        <source>✖ NOT RECORDED</source>
        <translation>✖ NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>REPLAY — End or Escape: live</source>
        <translation>REJEU — Fin ou Échap : direct</translation>
    </message>
    <message>
        <source>nothing stored for %1</source>
        <translation>rien d&apos;enregistré pour %1</translation>
    </message>
    <message>
        <source>♪ critical alarm sounding — S silences</source>
        <translation>♪ alarme critique en cours — S pour couper le son</translation>
    </message>
    <message>
        <source>♪ sound on for critical alarms</source>
        <translation>♪ son activé pour les alarmes critiques</translation>
    </message>
</context>
<context>
    <name>pgpilot::Watcher</name>
    <message>
        <source>history not kept here: %1</source>
        <translation>historique non conservé ici : %1</translation>
    </message>
    <message>
        <source>history stopped: %1</source>
        <translation>historique arrêté : %1</translation>
    </message>
</context>
<context>
    <name>pgpilot::WebhookChannel</name>
    <message>
        <source>%1: HTTP %2 (%3 attempt(s), %4 ms)</source>
        <translation>%1 : HTTP %2 (%3 tentative(s), %4 ms)</translation>
    </message>
    <message>
        <source>%1 (after %2 attempt(s))</source>
        <translation>%1 (après %2 tentative(s))</translation>
    </message>
</context>
<context>
    <name>pgpilot::WebhookSender</name>
    <message>
        <source>not a URL with a host</source>
        <translation>pas une URL avec un hôte</translation>
    </message>
    <message>
        <source>only http and https are sent to</source>
        <translation>seuls http et https sont acceptés</translation>
    </message>
    <message>
        <source>a user or password in the URL would show in logs and process lists; put the whole URL in the keychain instead (--webhook-secret)</source>
        <translation>un utilisateur ou un mot de passe dans l&apos;URL apparaîtrait dans les journaux et les listes de processus ; mettre plutôt toute l&apos;URL dans le trousseau (--webhook-secret)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
</context>
<context>
    <name>pgpilot::WorksheetPage</name>
    <message>
        <source>Worksheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Plan the cluster as the guide&apos;s node planning worksheet asks: three or more nodes on one subnet, a spare address for the virtual IP, and how pgpilot reaches each node. Problems show next to their field; fix them all to go on.</source>
        <translation>Planifier le cluster comme le demande la fiche de planification des nœuds du guide : trois nœuds ou plus sur un sous-réseau, une adresse libre pour l&apos;IP virtuelle, et comment pgpilot atteint chaque nœud. Les problèmes s&apos;affichent à côté de leur champ ; les corriger tous pour continuer.</translation>
    </message>
    <message>
        <source>Cluster and software</source>
        <translation>Cluster et logiciels</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>p. ex. prod</translation>
    </message>
    <message>
        <source>Node &amp;OS:</source>
        <translation>S&amp;ystème des nœuds :</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL:</source>
        <translation>Post&amp;greSQL :</translation>
    </message>
    <message>
        <source>http://mirror.example/debian/</source>
        <translation>http://mirror.example/debian/</translation>
    </message>
    <message>
        <source>Mirror URL:</source>
        <translation>URL du miroir :</translation>
    </message>
    <message>
        <source>suite, or ./ for a flat repository</source>
        <translation>suite, ou ./ pour un dépôt plat</translation>
    </message>
    <message>
        <source>Mirror suite:</source>
        <translation>Suite du miroir :</translation>
    </message>
    <message>
        <source>e.g. main</source>
        <translation>p. ex. main</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>Mirror is unsigned (trusted=yes)</source>
        <translation>Le miroir n&apos;est pas signé (trusted=yes)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>e.g. 10.0.1.0/24</source>
        <translation>p. ex. 10.0.1.0/24</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>So&amp;us-réseau :</translation>
    </message>
    <message>
        <source>a spare address in the subnet</source>
        <translation>une adresse libre du sous-réseau</translation>
    </message>
    <message>
        <source>&amp;Virtual IP (VIP):</source>
        <translation>IP &amp;virtuelle (VIP) :</translation>
    </message>
    <message>
        <source>VIP prefix length:</source>
        <translation>Longueur de préfixe de la VIP :</translation>
    </message>
    <message>
        <source>VRRP router id:</source>
        <translation>ID de routeur VRRP :</translation>
    </message>
    <message>
        <source>default: pgpilot&apos;s own known_hosts</source>
        <translation>par défaut : le known_hosts de pgpilot</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>Fichier known_hosts :</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>Aj&amp;outer un nœud</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>&amp;Retirer le nœud</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL :</translation>
    </message>
    <message>
        <source>Writes (HAProxy):</source>
        <translation>Écritures (HAProxy) :</translation>
    </message>
    <message>
        <source>Reads (HAProxy):</source>
        <translation>Lectures (HAProxy) :</translation>
    </message>
    <message>
        <source>Health check:</source>
        <translation>Contrôle de santé :</translation>
    </message>
    <message>
        <source>HAProxy stats:</source>
        <translation>Statistiques HAProxy :</translation>
    </message>
    <message>
        <source>Replication and archiving</source>
        <translation>Réplication et archivage</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Quorum (standbys):</source>
        <translation>Quorum (secondaires) :</translation>
    </message>
    <message>
        <source>e.g. 10GB</source>
        <translation>p. ex. 10GB</translation>
    </message>
    <message>
        <source>The most WAL a replication slot may hold back for a standby that is away. Past it, the standby must be cloned again; without it, the primary&apos;s disk fills up.</source>
        <translation>Le plus grand volume de WAL qu&apos;un slot de réplication peut retenir pour un secondaire absent. Au-delà, le secondaire doit être recloné ; sans limite, le disque du primaire se remplit.</translation>
    </message>
    <message>
        <source>Slot WAL limit:</source>
        <translation>Limite de WAL par slot :</translation>
    </message>
    <message>
        <source>Off (no point-in-time recovery)</source>
        <translation>Désactivé (sans PITR)</translation>
    </message>
    <message>
        <source>Copy WAL to a directory</source>
        <translation>Copier dans un dossier</translation>
    </message>
    <message>
        <source>WAL archive:</source>
        <translation>Archive du WAL :</translation>
    </message>
    <message>
        <source>e.g. /srv/wal-archive</source>
        <translation>p. ex. /srv/wal-archive</translation>
    </message>
    <message>
        <source>Archive directory:</source>
        <translation>Dossier d&apos;archive :</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>where app servers connect from</source>
        <translation>d&apos;où se connectent les serveurs d&apos;application</translation>
    </message>
    <message>
        <source>Client subnet:</source>
        <translation>Sous-réseau client :</translation>
    </message>
    <message>
        <source>optional, e.g. mattermost</source>
        <translation>facultatif, p. ex. mattermost</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>optional, e.g. mmuser</source>
        <translation>facultatif, p. ex. mmuser</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>laisser vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>repmgr password:</source>
        <translation>Mot de passe repmgr :</translation>
    </message>
    <message>
        <source>SSH password, key passphrase or sudo password, if any</source>
        <translation>mot de passe SSH, phrase de passe de la clé ou mot de passe sudo, s&apos;il y en a</translation>
    </message>
    <message>
        <source>Login secret:</source>
        <translation>Secret de connexion :</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain when you save, never into the cluster file.</source>
        <translation>Les mots de passe vont dans le trousseau du système à l&apos;enregistrement, jamais dans le fichier de cluster.</translation>
    </message>
    <message>
        <source>%1 (not supported)</source>
        <translation>%1 (non pris en charge)</translation>
    </message>
    <message>
        <source>PGDG repository</source>
        <translation>Dépôt PGDG</translation>
    </message>
    <message>
        <source>Distribution archive</source>
        <translation>Archive de la distribution</translation>
    </message>
    <message>
        <source>Local mirror</source>
        <translation>Miroir local</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <source>✔ The worksheet is complete.</source>
        <translation>✔ La fiche est complète.</translation>
    </message>
    <message>
        <source>⚠ 1 problem to fix before you can go on.</source>
        <translation>⚠ 1 problème à corriger avant de continuer.</translation>
    </message>
    <message>
        <source>⚠ %1 problems to fix before you can go on.</source>
        <translation>⚠ %1 problèmes à corriger avant de continuer.</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>&amp;Nom du cluster :</translation>
    </message>
    <message>
        <source>Ins&amp;tall from:</source>
        <translation>Ins&amp;taller depuis :</translation>
    </message>
    <message>
        <source>Synchronous quorum (recommended)</source>
        <translation>Quorum synchrone (recommandé)</translation>
    </message>
    <message>
        <source>How many standbys confirm each commit. Automatic chooses the fewest that keep every acknowledged commit through any failover.</source>
        <translation>Combien de secondaires confirment chaque validation. Automatique choisit le plus petit nombre qui préserve toute validation confirmée à chaque bascule.</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Each commit returns once %n standby(s) have it, so a failover never loses an acknowledged write. With fewer standbys running, writes wait.</source>
        <translation>
            <numerusform>Chaque validation revient dès que %n secondaire l’a ; une bascule ne perd ainsi jamais une écriture confirmée. Avec moins de secondaires en marche, les écritures attendent.</numerusform>
            <numerusform>Chaque validation revient dès que %n secondaires l’ont ; une bascule ne perd ainsi jamais une écriture confirmée. Avec moins de secondaires en marche, les écritures attendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits return at once. A failover loses the last commits the new primary had not received, and it waits until the old primary has stopped itself (%1 s instead of %2 s).</source>
        <translation>Les validations reviennent aussitôt. Une bascule perd les dernières validations que le nouveau primaire n’avait pas reçues, et elle attend que l’ancien primaire se soit arrêté (%1 s au lieu de %2 s).</translation>
    </message>
    <message>
        <source>optional, e.g. 10.0.5.20 10.0.6.0/24</source>
        <translation>facultatif, par ex. 10.0.5.20 10.0.6.0/24</translation>
    </message>
    <message>
        <source>The workstations whose dashboard watches this cluster, besides the one that applies the runbook: addresses or networks (CIDR), separated by spaces. The nodes&apos; health service answers only the nodes, these and the workstations that applied; it resets any other connection.</source>
        <translation>Les postes dont le tableau de bord surveille ce cluster, en plus de celui qui applique le runbook : adresses ou réseaux (CIDR), séparés par des espaces. Le service de santé des nœuds ne répond qu&apos;aux nœuds, à ceux-ci et aux postes qui ont appliqué ; il réinitialise toute autre connexion.</translation>
    </message>
    <message>
        <source>Monitoring workstations:</source>
        <translation>Postes de supervision :</translation>
    </message>
    <message>
        <source>Verified (pgpilot&apos;s cluster CA)</source>
        <translation>Vérifié (AC du cluster de pgpilot)</translation>
    </message>
    <message>
        <source>Verified (the site&apos;s CA, imported)</source>
        <translation>Vérifié (AC du site, importée)</translation>
    </message>
    <message>
        <source>Off (nothing verified)</source>
        <translation>Désactivé (rien n&apos;est vérifié)</translation>
    </message>
    <message>
        <source>Verified: pgpilot makes a certificate authority for the cluster (its key stays in the keychain), gives each node a certificate, and replication, repmgr and pgpilot check it. The site&apos;s CA: the same checks with certificates your CA issued, imported with File &gt; Import site certificates. Off: anyone who can intercept the traffic can pose as a node.</source>
        <translation>Vérifié : pgpilot crée une autorité de certification (AC) pour le cluster (sa clé reste dans le trousseau), donne un certificat à chaque nœud, et la réplication, repmgr et pgpilot le vérifient. AC du site : les mêmes vérifications avec des certificats émis par votre AC, importés via Fichier &gt; Importer les certificats du site. Désactivé : quiconque peut intercepter le trafic peut se faire passer pour un nœud.</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>Adopt an existing cluster...</source>
        <translation>Adopter un cluster existant...</translation>
    </message>
    <message>
        <source>Read a cluster built by hand (repmgr, HAProxy, Keepalived) from one of its nodes into a new worksheet; nothing on the nodes changes.</source>
        <translation>Lire un cluster construit à la main (repmgr, HAProxy, Keepalived) depuis l&apos;un de ses nœuds dans une nouvelle feuille de travail ; rien ne change sur les nœuds.</translation>
    </message>
    <message>
        <source>Backups (pgBackRest)</source>
        <translation>Sauvegardes (pgBackRest)</translation>
    </message>
    <message>
        <source>Repository host</source>
        <translation>Hôte du dépôt</translation>
    </message>
    <message>
        <source>e.g. pgbackup</source>
        <translation>p. ex. pgbackup</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte :</translation>
    </message>
    <message>
        <source>its own, not a node&apos;s or the VIP</source>
        <translation>la sienne, pas celle d&apos;un nœud ni la VIP</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>Adresse IP :</translation>
    </message>
    <message>
        <source>e.g. root</source>
        <translation>p. ex. root</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>Port SSH :</translation>
    </message>
    <message>
        <source>SSH auth:</source>
        <translation>Authentification SSH :</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>p. ex. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>sudo:</source>
        <translation>sudo :</translation>
    </message>
    <message>
        <source>The keychain entry with this host&apos;s SSH password, key passphrase or sudo password. Empty: the cluster&apos;s login secret (Credentials), when one is needed.</source>
        <translation>L&apos;entrée du trousseau contenant le mot de passe SSH, la phrase de passe de la clé ou le mot de passe sudo de cet hôte. Vide : le secret de connexion du cluster (Identifiants), si nécessaire.</translation>
    </message>
    <message>
        <source>Password reference:</source>
        <translation>Référence du mot de passe :</translation>
    </message>
    <message>
        <source>optional, SHA256:...</source>
        <translation>facultatif, SHA256:...</translation>
    </message>
    <message>
        <source>Optional: pin the host key&apos;s SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot shows it for you to confirm on first connection.</source>
        <translation>Facultatif : fixer l&apos;empreinte SHA256 de la clé d&apos;hôte (ssh-keygen -lf). Sinon pgpilot l&apos;affiche pour confirmation à la première connexion.</translation>
    </message>
    <message>
        <source>Host key (SHA256):</source>
        <translation>Clé d&apos;hôte (SHA256) :</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>e.g. /var/lib/pgbackrest</source>
        <translation>p. ex. /var/lib/pgbackrest</translation>
    </message>
    <message>
        <source>Repository path:</source>
        <translation>Chemin du dépôt :</translation>
    </message>
    <message>
        <source>Full backups kept, with the WAL that restores them. Two or more: the older one still restores while the newest is being taken.</source>
        <translation>Sauvegardes complètes conservées, avec le WAL qui permet de les restaurer. Deux ou plus : la plus ancienne reste restaurable pendant que la plus récente est prise.</translation>
    </message>
    <message>
        <source>Full backups kept:</source>
        <translation>Sauvegardes complètes conservées :</translation>
    </message>
    <message>
        <source>Differential backups kept (a full backup counts as one).</source>
        <translation>Sauvegardes différentielles conservées (une sauvegarde complète compte pour une).</translation>
    </message>
    <message>
        <source>Differential backups kept:</source>
        <translation>Sauvegardes différentielles conservées :</translation>
    </message>
    <message>
        <source>systemd calendar, e.g. Sun *-*-* 01:30:00</source>
        <translation>calendrier systemd, p. ex. Sun *-*-* 01:30:00</translation>
    </message>
    <message>
        <source>When the repository host takes a full backup: a systemd OnCalendar expression (man systemd.time). Phase 6 checks it with systemd-analyze first.</source>
        <translation>Quand l&apos;hôte du dépôt prend une sauvegarde complète : une expression OnCalendar de systemd (man systemd.time). La phase 6 la vérifie d&apos;abord avec systemd-analyze.</translation>
    </message>
    <message>
        <source>Full backups at:</source>
        <translation>Sauvegardes complètes à :</translation>
    </message>
    <message>
        <source>empty: no differential backups</source>
        <translation>vide : pas de sauvegardes différentielles</translation>
    </message>
    <message>
        <source>When the repository host takes a differential backup (what changed since the last full one): a systemd OnCalendar expression, or empty for none.</source>
        <translation>Quand l&apos;hôte du dépôt prend une sauvegarde différentielle (ce qui a changé depuis la dernière complète) : une expression OnCalendar de systemd, ou vide pour aucune.</translation>
    </message>
    <message>
        <source>Differential backups at:</source>
        <translation>Sauvegardes différentielles à :</translation>
    </message>
    <message>
        <source>%1. Differential backups: empty for none.</source>
        <translation>%1. Sauvegardes différentielles : vide pour aucune.</translation>
    </message>
    <message>
        <source>Encrypt the repository (AES-256)</source>
        <translation>Chiffrer le dépôt (AES-256)</translation>
    </message>
    <message>
        <source>The passphrase lives in the keychain (pgpilot makes one up if it is missing; export-secrets carries it). It cannot change after the first backup: keep it, or the backups cannot be read.</source>
        <translation>La phrase de passe est dans le trousseau (pgpilot en crée une si elle manque ; export-secrets l&apos;emporte). Elle ne peut plus changer après la première sauvegarde : la conserver, sinon les sauvegardes sont illisibles.</translation>
    </message>
    <message>
        <source>Passphrase reference:</source>
        <translation>Référence de la phrase de passe :</translation>
    </message>
    <message>
        <source>Parallel processes of a backup or a restore.</source>
        <translation>Processus parallèles d&apos;une sauvegarde ou d&apos;une restauration.</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>e.g. 8GB</source>
        <translation>p. ex. 8GB</translation>
    </message>
    <message>
        <source>The unarchived WAL a node keeps while the repository cannot take it. Past it, the node drops WAL from the archive: the cluster keeps running, but point-in-time recovery is broken until the next full backup.</source>
        <translation>Le volume de WAL non archivé qu&apos;un nœud garde tant que le dépôt ne peut pas le recevoir. Au-delà, le nœud écarte du WAL de l&apos;archive : le cluster continue de tourner, mais la restauration à un instant donné est rompue jusqu&apos;à la prochaine sauvegarde complète.</translation>
    </message>
    <message>
        <source>Archive queue limit:</source>
        <translation>Limite de la file d&apos;archivage :</translation>
    </message>
    <message>
        <source>Empty = no limit: an unreachable repository can then fill pg_wal and stop PostgreSQL.</source>
        <translation>Vide = aucune limite : un dépôt injoignable peut alors remplir pg_wal et arrêter PostgreSQL.</translation>
    </message>
    <message>
        <source>the first node</source>
        <translation>le premier nœud</translation>
    </message>
    <message>
        <source>The SSH login (user, port, authentication, key file, sudo) is copied from %1; change it if the repository host differs.</source>
        <translation>La connexion SSH (utilisateur, port, authentification, fichier de clé, sudo) est copiée depuis %1 ; la modifier si l&apos;hôte du dépôt diffère.</translation>
    </message>
    <message>
        <source>Phase 6 installs pgBackRest on the nodes and on a repository host of its own (the same OS as the nodes), archives WAL there, takes a first full backup from a standby and restores it on that host as a drill.</source>
        <translation>La phase 6 installe pgBackRest sur les nœuds et sur un hôte de dépôt dédié (même système que les nœuds), y archive le WAL, prend une première sauvegarde complète depuis un secondaire et la restaure sur cet hôte en guise d&apos;exercice.</translation>
    </message>
    <message>
        <source>if needed: %1</source>
        <translation>si nécessaire : %1</translation>
    </message>
    <message>
        <source>if needed: the login secret</source>
        <translation>si nécessaire : le secret de connexion</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <source>default: pgpilot:&lt;cluster&gt;:backup-cipher</source>
        <translation>par défaut : pgpilot:&lt;cluster&gt;:backup-cipher</translation>
    </message>
    <message>
        <source>On a host of its own (over SSH)</source>
        <translation>Sur un hôte dédié (via SSH)</translation>
    </message>
    <message>
        <source>On a directory mounted on every node</source>
        <translation>Dans un dossier monté sur chaque nœud</translation>
    </message>
    <message>
        <source>A host of its own is recommended: losing a node never loses the backups. A directory mounted at the same path on every node (an NFS export that postgres owns) needs no extra host; the backups and the restore drill then run on a standby.</source>
        <translation>Un hôte dédié est recommandé : perdre un nœud ne fait jamais perdre les sauvegardes. Un dossier monté au même chemin sur chaque nœud (un export NFS dont postgres est propriétaire) ne demande aucun hôte supplémentaire ; les sauvegardes et l&apos;exercice de restauration tournent alors sur un secondaire.</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Dépôt :</translation>
    </message>
    <message>
        <source>the mount point, e.g. /mnt/pgbackrest</source>
        <translation>le point de montage, p. ex. /mnt/pgbackrest</translation>
    </message>
    <message>
        <source>No backups. To take them with pgBackRest and restore to any point in time, choose &quot;pgBackRest repository&quot; as the WAL archive under Replication and archiving.</source>
        <translation>Aucune sauvegarde. Pour en prendre avec pgBackRest et restaurer à n&apos;importe quel instant, choisir « Dépôt pgBackRest » comme archive du WAL sous Réplication et archivage.</translation>
    </message>
    <message>
        <source>Phase 6 checks that the repository path is one shared directory mounted on every node (mount it first, owned by postgres), archives WAL there, and lets one standby at a time take the backups and the restore drill.</source>
        <translation>La phase 6 vérifie que le chemin du dépôt est un même dossier partagé monté sur chaque nœud (le monter d&apos;abord, propriété de postgres), y archive le WAL, et laisse un secondaire à la fois prendre les sauvegardes et faire l&apos;exercice de restauration.</translation>
    </message>
    <message>
        <source>pgBackRest repository (backups, point-in-time recovery)</source>
        <translation>Dépôt pgBackRest (sauvegardes, restauration à un instant donné)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>PostgreSQL parameters go to conf.d/pgpilot-settings.conf on every node, apart from pgpilot&apos;s own settings; the timings go to HAProxy&apos;s and Keepalived&apos;s files. pgpilot settings cluster.json checks each value against the nodes&apos; PostgreSQL, shows whether it needs a reload or a restart, and applies it with --apply --yes.</source>
        <translation>Les paramètres PostgreSQL vont dans conf.d/pgpilot-settings.conf sur chaque nœud, hormis les réglages propres à pgpilot ; les délais vont dans les fichiers de HAProxy et de Keepalived. pgpilot settings cluster.json vérifie chaque valeur auprès du PostgreSQL des nœuds, indique si elle requiert un rechargement ou un redémarrage, et l&apos;applique avec --apply --yes.</translation>
    </message>
    <message>
        <source>PostgreSQL parameters</source>
        <translation>Paramètres PostgreSQL</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>One parameter a row, as in postgresql.conf: work_mem and 64MB, random_page_cost and 1.1. Remove a row to go back to the default.</source>
        <translation>Un paramètre par ligne, comme dans postgresql.conf : work_mem et 64MB, random_page_cost et 1.1. Retirer une ligne pour revenir à la valeur par défaut.</translation>
    </message>
    <message>
        <source>Add param&amp;eter</source>
        <translation>Ajouter un para&amp;mètre</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Retirer le paramètre</translation>
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
        <translation>Fréquence à laquelle HAProxy interroge le service de santé de chaque nœud tant qu&apos;il est disponible.</translation>
    </message>
    <message>
        <source>Check an up node every:</source>
        <translation>Vérifier un nœud disponible toutes les :</translation>
    </message>
    <message>
        <source>How often HAProxy asks a node that is down: how soon a promoted standby gets writes.</source>
        <translation>Fréquence à laquelle HAProxy interroge un nœud indisponible : elle fixe le délai avant qu&apos;un secondaire promu reçoive les écritures.</translation>
    </message>
    <message>
        <source>Check a down node every:</source>
        <translation>Vérifier un nœud indisponible toutes les :</translation>
    </message>
    <message>
        <source>Down after (failed checks):</source>
        <translation>Indisponible après (vérifications échouées) :</translation>
    </message>
    <message>
        <source>Up after (good checks):</source>
        <translation>Disponible après (vérifications réussies) :</translation>
    </message>
    <message>
        <source>Check timeout:</source>
        <translation>Délai de vérification :</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Délai de connexion :</translation>
    </message>
    <message>
        <source>An idle client connection is closed after this long: longer than your pool&apos;s idle connections live.</source>
        <translation>Une connexion client inactive est fermée après ce délai : le choisir plus long que la durée de vie des connexions inactives de votre pool.</translation>
    </message>
    <message>
        <source>Idle client timeout:</source>
        <translation>Délai d&apos;inactivité client :</translation>
    </message>
    <message>
        <source>Idle server timeout:</source>
        <translation>Délai d&apos;inactivité serveur :</translation>
    </message>
    <message>
        <source>Keepalived (VIP)</source>
        <translation>Keepalived (VIP)</translation>
    </message>
    <message>
        <source>VRRP adverts between the nodes: a new primary claims the VIP three adverts after the old holder&apos;s last one. A multiple of 10 ms.</source>
        <translation>Annonces VRRP entre les nœuds : un nouveau primaire prend la VIP trois annonces après la dernière de l&apos;ancien détenteur. Un multiple de 10 ms.</translation>
    </message>
    <message>
        <source>VRRP advert every:</source>
        <translation>Annonce VRRP toutes les :</translation>
    </message>
    <message>
        <source>Check the primary every:</source>
        <translation>Vérifier le primaire toutes les :</translation>
    </message>
    <message>
        <source>VIP leaves after (failed checks):</source>
        <translation>VIP cédée après (vérifications échouées) :</translation>
    </message>
    <message>
        <source>VIP claimed after (good checks):</source>
        <translation>VIP prise après (vérifications réussies) :</translation>
    </message>
    <message>
        <source>Default timings</source>
        <translation>Délais par défaut</translation>
    </message>
    <message>
        <source>pgpilot&apos;s timings, the ones its failover times are measured with.</source>
        <translation>Les délais de pgpilot, ceux avec lesquels ses temps de failover sont mesurés.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no parameter: name it, or remove the row.</source>
        <translation>La ligne %1 a une valeur mais pas de paramètre : le nommer, ou retirer la ligne.</translation>
    </message>
    <message>
        <source>%1 is on rows %2 and %3: keep one of them.</source>
        <translation>%1 figure aux lignes %2 et %3 : n&apos;en garder qu&apos;une.</translation>
    </message>
</context>
<context>
    <name>pgpilot::mail</name>
    <message>
        <source>an empty address</source>
        <translation>une adresse vide</translation>
    </message>
    <message>
        <source>%1 holds a space, a line break or a character outside ASCII</source>
        <translation>%1 contient une espace, un saut de ligne ou un caractère hors ASCII</translation>
    </message>
    <message>
        <source>%1 is longer than 254 characters</source>
        <translation>%1 dépasse 254 caractères</translation>
    </message>
    <message>
        <source>%1 is not local@domain</source>
        <translation>%1 n&apos;est pas de la forme local@domaine</translation>
    </message>
    <message>
        <source>%1: the part before @ may hold letters, digits, dots (not two in a row) and !#$%&amp;&apos;*+/=?^_`{|}~-</source>
        <translation>%1 : la partie avant @ peut contenir des lettres, des chiffres, des points (pas deux de suite) et !#$%&amp;&apos;*+/=?^_`{|}~-</translation>
    </message>
    <message>
        <source>%1: %2 is not a domain name</source>
        <translation>%1 : %2 n&apos;est pas un nom de domaine</translation>
    </message>
    <message>
        <source>no server given</source>
        <translation>aucun serveur indiqué</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IP address</source>
        <translation>%1 n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
</context>
<context>
    <name>pgpilot::settingsrules</name>
    <message>
        <source>%1 cannot be set here: %2</source>
        <translation>%1 ne peut pas être réglé ici : %2</translation>
    </message>
    <message>
        <source>%1 belongs to Debian&apos;s layout of the cluster, which pgpilot relies on: %2</source>
        <translation>%1 fait partie de l&apos;organisation Debian du cluster, sur laquelle pgpilot s&apos;appuie : %2</translation>
    </message>
    <message>
        <source>pgpilot sets %1 from the worksheet&apos;s %2: %3</source>
        <translation>pgpilot règle %1 d&apos;après le champ %2 de la fiche : %3</translation>
    </message>
    <message>
        <source>pgpilot sets %1 itself (%2): %3</source>
        <translation>pgpilot règle lui-même %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>pgpilot::speccheck</name>
    <message>
        <source>It contains &apos;%1&apos;.</source>
        <translation>L&apos;expression contient &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>It is longer than 100 characters.</source>
        <translation>L&apos;expression dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The repository host</source>
        <translation>L&apos;hôte du dépôt</translation>
    </message>
    <message>
        <source>Name the backup repository host (pgBackRest&apos;s repository lives there).</source>
        <translation>Indiquer l&apos;hôte du dépôt de sauvegarde (le dépôt de pgBackRest s&apos;y trouve).</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>%1 has no IP address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse IP.</translation>
    </message>
    <message>
        <source>%1: %2 is not an IPv4 or IPv6 address.</source>
        <translation>%1 : %2 n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>%1 is a node of the cluster: the repository must be on another host, or losing that node loses the backups too.</source>
        <translation>%1 est un nœud du cluster : le dépôt doit être sur un autre hôte, sinon perdre ce nœud fait aussi perdre les sauvegardes.</translation>
    </message>
    <message>
        <source>%1 is the address of node %2: the repository must be on another host.</source>
        <translation>%1 est l&apos;adresse du nœud %2 : le dépôt doit être sur un autre hôte.</translation>
    </message>
    <message>
        <source>%1 is the VIP: the repository host needs its own address.</source>
        <translation>%1 est la VIP : l&apos;hôte du dépôt a besoin de sa propre adresse.</translation>
    </message>
    <message>
        <source>The repository path must be an absolute directory (not /) of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>Le chemin du dépôt doit être un dossier absolu (pas /) fait de lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; et &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Keep 1 to 99 full backups (2 or more: the older one still restores while the newest is being taken).</source>
        <translation>Conserver de 1 à 99 sauvegardes complètes (2 ou plus : la plus ancienne reste restaurable pendant que la plus récente est prise).</translation>
    </message>
    <message>
        <source>Keep 1 to 999 differential backups.</source>
        <translation>Conserver de 1 à 999 sauvegardes différentielles.</translation>
    </message>
    <message>
        <source>Give when full backups run as a systemd calendar expression, e.g. &quot;Sun *-*-* 01:30:00&quot;.</source>
        <translation>Indiquer quand les sauvegardes complètes ont lieu, sous forme d&apos;expression de calendrier systemd, p. ex. « Sun *-*-* 01:30:00 ».</translation>
    </message>
    <message>
        <source>Give when differential backups run as a systemd calendar expression, e.g. &quot;Mon..Sat *-*-* 01:30:00&quot;, or leave it empty for none.</source>
        <translation>Indiquer quand les sauvegardes différentielles ont lieu, sous forme d&apos;expression de calendrier systemd, p. ex. « Mon..Sat *-*-* 01:30:00 », ou laisser vide pour aucune.</translation>
    </message>
    <message>
        <source>The passphrase reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>La référence de la phrase de passe doit avoir la forme pgpilot:&lt;cluster&gt;:&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>Use 1 to 32 processes for a backup or restore.</source>
        <translation>Utiliser de 1 à 32 processus pour une sauvegarde ou une restauration.</translation>
    </message>
    <message>
        <source>Give the unarchived WAL a node may keep as a size such as 8GB (MB, GB or TB), or leave it empty for no limit.</source>
        <translation>Indiquer le volume de WAL non archivé qu&apos;un nœud peut garder, sous la forme 8GB (MB, GB ou TB), ou laisser vide pour aucune limite.</translation>
    </message>
    <message>
        <source>The mounted repository must be a directory of its own (a mount point such as /mnt/pgbackrest), not under PostgreSQL&apos;s data or /etc.</source>
        <translation>Le dépôt monté doit être un dossier à part (un point de montage comme /mnt/pgbackrest), pas sous les données de PostgreSQL ni sous /etc.</translation>
    </message>
    <message>
        <source>The health service is named by its systemd unit: letters, digits, &apos;@&apos;, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Le service de santé est désigné par son unité systemd : lettres, chiffres, &apos;@&apos;, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The converged phases are phase numbers from 1 to 4, each once, in ascending order.</source>
        <translation>Les phases alignées sont des numéros de phase de 1 à 4, chacun une seule fois, dans l&apos;ordre croissant.</translation>
    </message>
    <message>
        <source>Give both health paths (the one that answers 200 on the primary and the one that answers 200 on a replica), or neither for pgpilot&apos;s own health service.</source>
        <translation>Indiquez les deux chemins de santé (celui qui répond 200 sur le primaire et celui qui répond 200 sur un réplica), ou aucun pour le service de santé propre à pgpilot.</translation>
    </message>
    <message>
        <source>A health path starts with &apos;/&apos; and holds letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Un chemin de santé commence par &apos;/&apos; et contient des lettres, des chiffres, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The monitor&apos;s role must be a plain PostgreSQL role name (lower-case letters, digits and &apos;_&apos;).</source>
        <translation>Le rôle du moniteur doit être un simple nom de rôle PostgreSQL (lettres minuscules, chiffres et &apos;_&apos;).</translation>
    </message>
    <message>
        <source>%1 PostgreSQL parameters are more than the %2 the worksheet takes.</source>
        <translation>%1 paramètres PostgreSQL, c&apos;est plus que les %2 acceptés par la fiche.</translation>
    </message>
    <message>
        <source>%1 is not a parameter name: lower-case letters, digits, &apos;_&apos; and &apos;.&apos; between parts (e.g. work_mem or auto_explain.log_min_duration), at most %2 characters.</source>
        <translation>%1 n&apos;est pas un nom de paramètre : lettres minuscules, chiffres, &apos;_&apos; et &apos;.&apos; entre les parties (p. ex. work_mem ou auto_explain.log_min_duration), %2 caractères au plus.</translation>
    </message>
    <message>
        <source>pgpilot sets synchronous_commit from the worksheet&apos;s replication.mode: with synchronous quorum every commit waits for its standbys (on); another value would let a failover lose acknowledged writes.</source>
        <translation>pgpilot règle synchronous_commit d&apos;après replication.mode de la fiche : avec un quorum synchrone, chaque commit attend ses secondaires (on) ; une autre valeur permettrait à un failover de perdre des écritures acquittées.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 est hors limites.</translation>
    </message>
    <message>
        <source>VRRP version 3 counts the advert interval in hundredths of a second: give a multiple of 10 ms (%1 is not).</source>
        <translation>VRRP version 3 compte l&apos;intervalle des annonces en centièmes de seconde : indiquer un multiple de 10 ms (%1 n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>%1: give the SSH login user.</source>
        <translation>%1 : indiquer l&apos;utilisateur de connexion SSH.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid Unix user name.</source>
        <translation>%1 : %2 n&apos;est pas un nom d&apos;utilisateur Unix valide.</translation>
    </message>
    <message>
        <source>%1: the SSH port must be from 1 to 65535.</source>
        <translation>%1 : le port SSH doit aller de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1: choose the private key file for SSH.</source>
        <translation>%1 : choisir le fichier de clé privée pour SSH.</translation>
    </message>
    <message>
        <source>%1: the key file must be an absolute path (or start with ~/).</source>
        <translation>%1 : le fichier de clé doit être un chemin absolu (ou commencer par ~/).</translation>
    </message>
    <message>
        <source>%1: root needs no sudo; set sudo to none.</source>
        <translation>%1 : root n&apos;a pas besoin de sudo ; mettre sudo à « aucun ».</translation>
    </message>
    <message>
        <source>%1: the login user %2 is not root, so pgpilot needs sudo (without or with a password).</source>
        <translation>%1 : l&apos;utilisateur de connexion %2 n&apos;est pas root, pgpilot a donc besoin de sudo (avec ou sans mot de passe).</translation>
    </message>
    <message>
        <source>%1: a password is needed (SSH or sudo) but none is set.</source>
        <translation>%1 : un mot de passe est nécessaire (SSH ou sudo) mais aucun n&apos;est défini.</translation>
    </message>
    <message>
        <source>%1: the password reference must look like pgpilot:&lt;cluster&gt;:&lt;name&gt;.</source>
        <translation>%1 : la référence du mot de passe doit avoir la forme pgpilot:&lt;cluster&gt;:&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>%1: a host key fingerprint looks like SHA256: followed by 43 base64 characters, as ssh-keygen -lf prints it.</source>
        <translation>%1 : une empreinte de clé d&apos;hôte ressemble à SHA256: suivi de 43 caractères base64, comme l&apos;affiche ssh-keygen -lf.</translation>
    </message>
</context>
</TS>
