<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossible d’écrire la capture d’écran %1</translation>
    </message>
    <message>
        <source>Threatwright, a threat-model workbench.</source>
        <translation>Threatwright, un atelier de modélisation des menaces.</translation>
    </message>
    <message>
        <source>A project file (.twdb) to open.</source>
        <translation>Un fichier de projet (.twdb) à ouvrir.</translation>
    </message>
    <message>
        <source>Open the project, save a 1600×1000 picture of the window as a PNG file and exit.</source>
        <translation>Ouvre le projet, enregistre une image de la fenêtre en 1600×1000 dans un fichier PNG et quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The folder the project&apos;s inputs were imported from, for the Source panel (remembered for the project, except with --screenshot).</source>
        <translation>Le dossier d’où les entrées du projet ont été importées, pour le panneau Source (mémorisé pour le projet, sauf avec --screenshot).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Give at most one project file.
</source>
        <translation>Indiquez au plus un fichier de projet.
</translation>
    </message>
    <message>
        <source>%1 is not a folder.
</source>
        <translation>%1 n’est pas un dossier.
</translation>
    </message>
</context>
<context>
    <name>tw::Analysis</name>
    <message>
        <source>unknown key &apos;%1&apos; (expected one of: %2)</source>
        <translation>clé inconnue &apos;%1&apos; (attendu : l’une de %2)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>clé obligatoire &apos;%1&apos; manquante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; ne doit pas être vide</translation>
    </message>
    <message>
        <source>a rule pack must be a mapping with &apos;pack&apos; and &apos;rules&apos;</source>
        <translation>un pack de règles doit être un mapping avec &apos;pack&apos; et &apos;rules&apos;</translation>
    </message>
    <message>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; doit être une liste de règles</translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos;</source>
        <translation>identifiant de règle &apos;%1&apos; en double</translation>
    </message>
    <message>
        <source>a rule must be a mapping</source>
        <translation>une règle doit être un mapping</translation>
    </message>
    <message>
        <source>rule id &apos;%1&apos; must look like TW-API-001</source>
        <translation>l’identifiant de règle &apos;%1&apos; doit ressembler à TW-API-001</translation>
    </message>
    <message>
        <source>unknown STRIDE category &apos;%1&apos; (spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege)</source>
        <translation>catégorie STRIDE inconnue &apos;%1&apos; (spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege)</translation>
    </message>
    <message>
        <source>&apos;applies-to&apos; must be component, boundary, entry-point, flow or asset, not &apos;%1&apos;</source>
        <translation>&apos;applies-to&apos; doit valoir component, boundary, entry-point, flow ou asset, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;for-each&apos; must be a relation path such as &apos;parameters&apos;</source>
        <translation>&apos;for-each&apos; doit être un chemin de relation tel que &apos;parameters&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 1 to 5</source>
        <translation>&apos;%1&apos; doit être un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>missing required key &apos;title&apos;</source>
        <translation>clé obligatoire &apos;title&apos; manquante</translation>
    </message>
    <message>
        <source>&apos;references&apos; must be a non-empty list (CWE-…, CAPEC-…, …)</source>
        <translation>&apos;references&apos; doit être une liste non vide (CWE-…, CAPEC-…, …)</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list</source>
        <translation>&apos;tags&apos; doit être une liste</translation>
    </message>
    <message>
        <source>condition nested too deeply</source>
        <translation>condition trop profondément imbriquée</translation>
    </message>
    <message>
        <source>a condition must be a mapping: all, any, not, some or a predicate with &apos;field&apos;</source>
        <translation>une condition doit être un mapping : all, any, not, some ou un prédicat avec &apos;field&apos;</translation>
    </message>
    <message>
        <source>&apos;all&apos; and &apos;any&apos; take a non-empty list of conditions</source>
        <translation>&apos;all&apos; et &apos;any&apos; attendent une liste non vide de conditions</translation>
    </message>
    <message>
        <source>&apos;some&apos; takes a relation path such as &apos;parameters&apos;</source>
        <translation>&apos;some&apos; attend un chemin de relation tel que &apos;parameters&apos;</translation>
    </message>
    <message>
        <source>a condition must be all, any, not, some or a predicate with &apos;field&apos;</source>
        <translation>une condition doit être all, any, not, some ou un prédicat avec &apos;field&apos;</translation>
    </message>
    <message>
        <source>a predicate takes &apos;field&apos; and exactly one of exists, equals, in, matches, gt, gte, lt, lte</source>
        <translation>un prédicat attend &apos;field&apos; et exactement l’un de exists, equals, in, matches, gt, gte, lt, lte</translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a field path</source>
        <translation>&apos;field&apos; doit être un chemin de champ</translation>
    </message>
    <message>
        <source>&apos;exists&apos; takes true or false</source>
        <translation>&apos;exists&apos; attend true ou false</translation>
    </message>
    <message>
        <source>&apos;in&apos; takes a non-empty list of values</source>
        <translation>&apos;in&apos; attend une liste non vide de valeurs</translation>
    </message>
    <message>
        <source>&apos;matches&apos; takes a regular expression</source>
        <translation>&apos;matches&apos; attend une expression régulière</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière invalide : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number</source>
        <translation>&apos;%1&apos; attend un nombre</translation>
    </message>
    <message>
        <source>expected a single value (text, number or true/false)</source>
        <translation>une valeur unique est attendue (texte, nombre ou true/false)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of field &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n’est pas une valeur du champ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;item&apos; is only available in rules with &apos;for-each&apos;</source>
        <translation>&apos;item&apos; n’est disponible que dans les règles avec &apos;for-each&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation of a %2 in &apos;%3&apos;</source>
        <translation>&apos;%1&apos; n’est pas une relation de %2 dans &apos;%3&apos;</translation>
    </message>
    <message>
        <source>empty relation path</source>
        <translation>chemin de relation vide</translation>
    </message>
    <message>
        <source>empty segment in field path &apos;%1&apos;</source>
        <translation>segment vide dans le chemin de champ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; needs an attribute name, as in attributes.internet-facing</source>
        <translation>&apos;attributes&apos; requiert un nom d’attribut, comme dans attributes.internet-facing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sub-fields in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n’a pas de sous-champs dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; of a %2 in &apos;%3&apos; (known: %4)</source>
        <translation>champ inconnu &apos;%1&apos; de %2 dans &apos;%3&apos; (connus : %4)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>le texte ne doit pas être vide</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; in text</source>
        <translation>&apos;{&apos; non fermée dans le texte</translation>
    </message>
    <message>
        <source>unknown reference &apos;%1&apos; (CWE-n, CAPEC-n, ATT&amp;CK:Tnnnn[.nnn], ATLAS:AML.Tnnnn, OWASP-API-2023:APIn, OWASP-2021:Ann, OWASP-LLM-2025:LLMnn)</source>
        <translation>référence inconnue &apos;%1&apos; (CWE-n, CAPEC-n, ATT&amp;CK:Tnnnn[.nnn], ATLAS:AML.Tnnnn, OWASP-API-2023:APIn, OWASP-2021:Ann, OWASP-LLM-2025:LLMnn)</translation>
    </message>
    <message>
        <source>cannot read rule pack: %1</source>
        <translation>impossible de lire le pack de règles : %1</translation>
    </message>
    <message>
        <source>rule pack is larger than 16 MiB</source>
        <translation>le pack de règles dépasse 16 Mio</translation>
    </message>
    <message>
        <source>no built-in rule packs are compiled into this binary</source>
        <translation>aucun pack de règles intégré n’est compilé dans ce programme</translation>
    </message>
    <message>
        <source>rule id &apos;%1&apos; is defined by two built-in packs</source>
        <translation>l’identifiant de règle &apos;%1&apos; est défini par deux packs intégrés</translation>
    </message>
    <message>
        <source>The language model rates likelihood %1 and impact %2 of 5: base %3 of 10</source>
        <translation>Le modèle de langage évalue la vraisemblance à %1 et l’impact à %2 sur 5 : base %3 sur 10</translation>
    </message>
    <message>
        <source>Rule rates likelihood %1 and impact %2 of 5: base %3 of 10</source>
        <translation>La règle évalue la vraisemblance à %1 et l’impact à %2 sur 5 : base %3 sur 10</translation>
    </message>
    <message>
        <source>No internet exposure known for the target</source>
        <translation>Aucune exposition à Internet connue pour la cible</translation>
    </message>
    <message>
        <source>The flow starts at an element an untrusted zone can reach</source>
        <translation>Le flux part d’un élément qu’une zone non fiable peut atteindre</translation>
    </message>
    <message>
        <source>The boundary is open to the internet</source>
        <translation>La frontière est ouverte sur Internet</translation>
    </message>
    <message>
        <source>The asset passes through an internet-reachable interface</source>
        <translation>L’actif transite par une interface accessible depuis Internet</translation>
    </message>
    <message>
        <source>The target sits in an untrusted zone</source>
        <translation>La cible se trouve dans une zone non fiable</translation>
    </message>
    <message>
        <source>The target is internet-facing or receives flows from an untrusted zone</source>
        <translation>La cible est exposée à Internet ou reçoit des flux d’une zone non fiable</translation>
    </message>
    <message>
        <source>The target is declared not internet-facing and no untrusted flow reaches it</source>
        <translation>La cible est déclarée non exposée à Internet et aucun flux non fiable ne l’atteint</translation>
    </message>
    <message>
        <source>Most sensitive data touched: %1 (%2)</source>
        <translation>Données les plus sensibles concernées : %1 (%2)</translation>
    </message>
    <message>
        <source>No data assets known for the target</source>
        <translation>Aucun actif de données connu pour la cible</translation>
    </message>
    <message>
        <source>Authentication of the target is unknown</source>
        <translation>L’authentification de la cible est inconnue</translation>
    </message>
    <message>
        <source>The operation can be called without authentication</source>
        <translation>L’opération peut être appelée sans authentification</translation>
    </message>
    <message>
        <source>The operation declares no security at all</source>
        <translation>L’opération ne déclare aucune sécurité</translation>
    </message>
    <message>
        <source>The operation requires authentication</source>
        <translation>L’opération exige une authentification</translation>
    </message>
    <message>
        <source>The target accepts unauthenticated requests</source>
        <translation>La cible accepte des requêtes non authentifiées</translation>
    </message>
    <message>
        <source>The target requires authentication</source>
        <translation>La cible exige une authentification</translation>
    </message>
    <message>
        <source>%1 or more components are reachable downstream</source>
        <translation>%1 composants ou plus sont accessibles en aval</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) reachable downstream</source>
        <translation>
            <numerusform>%n composant accessible en aval</numerusform>
            <numerusform>%n composants accessibles en aval</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood %1 and impact %2 of 5: base %3 of 10; the target is not in the model</source>
        <translation>Vraisemblance %1 et impact %2 sur 5 : base %3 sur 10 ; la cible n’est pas dans le modèle</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>a privileged workload (control of the host or cluster)</source>
        <translation>une charge de travail privilégiée (contrôle de l’hôte ou du cluster)</translation>
    </message>
    <message>
        <source>a secret store</source>
        <translation>un coffre de secrets</translation>
    </message>
    <message>
        <source>the identity provider</source>
        <translation>le fournisseur d’identité</translation>
    </message>
    <message>
        <source>a data store</source>
        <translation>un magasin de données</translation>
    </message>
    <message>
        <source>broad cloud or cluster permissions</source>
        <translation>des droits étendus sur le cloud ou le cluster</translation>
    </message>
    <message>
        <source>1. %1 is reachable from the internet.</source>
        <translation>1. %1 est accessible depuis Internet.</translation>
    </message>
    <message>
        <source>unauthenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>%1. %2 → %3%4%5.</source>
        <translation>%1. %2 → %3%4%5.</translation>
    </message>
    <message>
        <source>Attack path from %1 to %2 (%3 hops)</source>
        <translation>Chemin d’attaque de %1 vers %2 (%3 sauts)</translation>
    </message>
    <message>
        <source>An attacker who takes over %1, which the internet reaches, can follow the system&apos;s own data flows to %2, %3:
%4</source>
        <translation>Un attaquant qui prend le contrôle de %1, accessible depuis Internet, peut suivre les propres flux de données du système jusqu’à %2, %3 :
%4</translation>
    </message>
    <message>
        <source>Break the chain where it is cheapest: authenticate and authorise every hop (service identity, mTLS), segment the network so %1 cannot open connections to %2&apos;s neighbours, and give each service only the access it needs.</source>
        <translation>Coupez la chaîne là où c’est le moins coûteux : authentifiez et autorisez chaque saut (identité de service, mTLS), segmentez le réseau pour que %1 ne puisse pas ouvrir de connexions vers les voisins de %2, et n’accordez à chaque service que les accès dont il a besoin.</translation>
    </message>
    <message>
        <source>likelihood %1 (%2 hop(s), %3 of them weak) × impact %4 (%5)</source>
        <translation>vraisemblance %1 (%2 saut(s), dont %3 faibles) × impact %4 (%5)</translation>
    </message>
    <message>
        <source>%1 is internet-facing</source>
        <translation>%1 est exposé à Internet</translation>
    </message>
    <message>
        <source>%1 hop(s) unauthenticated or unencrypted</source>
        <translation>%1 saut(s) non authentifiés ou non chiffrés</translation>
    </message>
    <message>
        <source>%1 hops: each extra hop is another barrier</source>
        <translation>%1 sauts : chaque saut supplémentaire est une barrière de plus</translation>
    </message>
    <message>
        <source>Authentication of the route is unknown (found in source code)</source>
        <translation>L’authentification de la route est inconnue (trouvée dans le code source)</translation>
    </message>
</context>
<context>
    <name>tw::Changes</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>tw::Cli</name>
    <message>
        <source>Usage: threatwright-cli COMMAND [OPTIONS]

Threatwright keeps a threat model in step with the system.

Commands:
</source>
        <translation>Utilisation : threatwright-cli COMMANDE [OPTIONS]

Threatwright maintient un modèle de menaces en phase avec le système.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;threatwright-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 check failed, 2 usage or input error.
</source>
        <translation>
&apos;threatwright-cli COMMANDE --help&apos; affiche les options d’une commande.
Codes de sortie : 0 OK, 1 vérification échouée, 2 erreur d’utilisation ou d’entrée.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see threatwright-cli --help</source>
        <translation>commande inconnue « %1 » ; voir threatwright-cli --help</translation>
    </message>
    <message>
        <source>usage: threatwright-cli %1</source>
        <translation>utilisation : threatwright-cli %1</translation>
    </message>
    <message>
        <source>The project file to create (*.twdb).</source>
        <translation>Le fichier de projet à créer (*.twdb).</translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the file name).</source>
        <translation>Le nom du projet (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>Who creates it (default: the OS user).</source>
        <translation>Qui le crée (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2
</source>
        <translation>Projet « %1 » créé dans %2
</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No versions yet: import something with &apos;threatwright-cli import&apos;.
</source>
        <translation>Aucune version pour l’instant : importez quelque chose avec &apos;threatwright-cli import&apos;.
</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>CRÉÉE (UTC)</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <source>COMPONENTS</source>
        <translation>COMPOSANTS</translation>
    </message>
    <message>
        <source>THREATS</source>
        <translation>MENACES</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>The word &apos;add&apos;.</source>
        <translation>Le mot &apos;add&apos;.</translation>
    </message>
    <message>
        <source>What can go wrong, in one line.</source>
        <translation>Ce qui peut mal tourner, en une ligne.</translation>
    </message>
    <message>
        <source>An element id the threat is about; repeat for several.</source>
        <translation>Un identifiant d’élément concerné par la menace ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>spoofing, tampering, repudiation, information-disclosure, denial-of-service or elevation-of-privilege.</source>
        <translation>spoofing, tampering, repudiation, information-disclosure, denial-of-service ou elevation-of-privilege.</translation>
    </message>
    <message>
        <source>info, low, medium (default), high or critical.</source>
        <translation>info, low, medium (par défaut), high ou critical.</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Pourquoi c’est important.</translation>
    </message>
    <message>
        <source>What would reduce it.</source>
        <translation>Ce qui réduirait le risque.</translation>
    </message>
    <message>
        <source>Who records it (default: the OS user).</source>
        <translation>Qui l’enregistre (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>Print the recorded threat as JSON.</source>
        <translation>Afficher la menace enregistrée en JSON.</translation>
    </message>
    <message>
        <source>--stride must be one of spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege</source>
        <translation>--stride doit valoir spoofing, tampering, repudiation, information-disclosure, denial-of-service ou elevation-of-privilege</translation>
    </message>
    <message>
        <source>--severity must be one of info, low, medium, high, critical</source>
        <translation>--severity doit valoir info, low, medium, high ou critical</translation>
    </message>
    <message>
        <source>a manual threat needs --title and at least one --target</source>
        <translation>une menace manuelle requiert --title et au moins un --target</translation>
    </message>
    <message>
        <source>Recorded threat %1: %2
</source>
        <translation>Menace %1 enregistrée : %2
</translation>
    </message>
    <message>
        <source>Only threats with this status (suggested, validated, dismissed, accepted, mitigated, resolved-by-change).</source>
        <translation>Uniquement les menaces ayant ce statut (suggested, validated, dismissed, accepted, mitigated, resolved-by-change).</translation>
    </message>
    <message>
        <source>Only threats at or above this severity (info, low, medium, high, critical).</source>
        <translation>Uniquement les menaces de cette gravité ou plus (info, low, medium, high, critical).</translation>
    </message>
    <message>
        <source>The version (default: the newest).</source>
        <translation>La version (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>At most this many threats.</source>
        <translation>Au plus ce nombre de menaces.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravité inconnue « %1 »</translation>
    </message>
    <message>
        <source>--version needs a version number</source>
        <translation>--version requiert un numéro de version</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit requiert un nombre</translation>
    </message>
    <message>
        <source>No threats match.
</source>
        <translation>Aucune menace ne correspond.
</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>THREAT</source>
        <translation>MENACE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>PRIO</source>
        <translation>PRIO</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUV.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>--suppress goes with --dismiss only</source>
        <translation>--suppress ne va qu’avec --dismiss</translation>
    </message>
    <message>
        <source>--suppress goes with --dismiss</source>
        <translation>--suppress va avec --dismiss</translation>
    </message>
    <message>
        <source>--dismiss and --accept need --reason</source>
        <translation>--dismiss et --accept requièrent --reason</translation>
    </message>
    <message>
        <source>--expires needs an ISO date such as 2027-03-31</source>
        <translation>--expires requiert une date ISO telle que 2027-03-31</translation>
    </message>
    <message>
        <source>%1 is now dismissed; suppression #%2 (%3 on %4) dismissed %5 more threat(s) of the newest version.
</source>
        <translation>%1 est désormais écartée ; la suppression n°%2 (%3 sur %4) a écarté %5 autre(s) menace(s) de la version la plus récente.
</translation>
    </message>
    <message>
        <source>The threat&apos;s fingerprint, or a unique prefix of at least 6 characters.</source>
        <translation>L’empreinte de la menace, ou un préfixe unique d’au moins 6 caractères.</translation>
    </message>
    <message>
        <source>Confirm the threat is real.</source>
        <translation>Confirmer que la menace est réelle.</translation>
    </message>
    <message>
        <source>Dismiss it as a false positive or not applicable (needs --reason).</source>
        <translation>L’écarter comme faux positif ou non applicable (requiert --reason).</translation>
    </message>
    <message>
        <source>Accept the risk (needs --reason; see --expires).</source>
        <translation>Accepter le risque (requiert --reason ; voir --expires).</translation>
    </message>
    <message>
        <source>Mark it mitigated.</source>
        <translation>La marquer comme atténuée.</translation>
    </message>
    <message>
        <source>Set it back to suggested.</source>
        <translation>La remettre à l’état suggérée.</translation>
    </message>
    <message>
        <source>Override the computed priority: 1 (most urgent) to 4, or &apos;auto&apos; to clear the override.</source>
        <translation>Remplacer la priorité calculée : 1 (la plus urgente) à 4, ou &apos;auto&apos; pour annuler le remplacement.</translation>
    </message>
    <message>
        <source>Why; required for --dismiss and --accept.</source>
        <translation>Pourquoi ; obligatoire pour --dismiss et --accept.</translation>
    </message>
    <message>
        <source>For --accept: when the acceptance lapses (ISO date).</source>
        <translation>Pour --accept : quand l’acceptation expire (date ISO).</translation>
    </message>
    <message>
        <source>Who owns the follow-up.</source>
        <translation>Qui est responsable du suivi.</translation>
    </message>
    <message>
        <source>Who decides (default: the OS user).</source>
        <translation>Qui décide (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>With --dismiss: also suppress this rule&apos;s findings on matching elements from now on (see &apos;suppress&apos;).</source>
        <translation>Avec --dismiss : supprimer aussi dorénavant les constats de cette règle sur les éléments correspondants (voir &apos;suppress&apos;).</translation>
    </message>
    <message>
        <source>With --suppress: the element pattern (default: the threat&apos;s first target).</source>
        <translation>Avec --suppress : le motif d’élément (par défaut : la première cible de la menace).</translation>
    </message>
    <message>
        <source>Print the threat after the decision as JSON.</source>
        <translation>Afficher la menace en JSON après la décision.</translation>
    </message>
    <message>
        <source>--element goes with --dismiss --suppress</source>
        <translation>--element va avec --dismiss --suppress</translation>
    </message>
    <message>
        <source>--priority needs 1, 2, 3, 4 or auto</source>
        <translation>--priority requiert 1, 2, 3, 4 ou auto</translation>
    </message>
    <message>
        <source>give exactly one of --validate, --dismiss, --accept, --mitigate, --reopen, --priority</source>
        <translation>indiquez exactement l’une des options --validate, --dismiss, --accept, --mitigate, --reopen, --priority</translation>
    </message>
    <message>
        <source>--expires goes with --accept</source>
        <translation>--expires va avec --accept</translation>
    </message>
    <message>
        <source>%1 is now %2 (priority P%3): %4
</source>
        <translation>%1 est désormais %2 (priorité P%3) : %4
</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 1 if it is broken.</source>
        <translation>Vérifier la chaîne de hachage ; code de sortie 1 si elle est rompue.</translation>
    </message>
    <message>
        <source>Only entries about this subject (e.g. threat:&lt;fingerprint&gt;, version:3).</source>
        <translation>Uniquement les entrées concernant ce sujet (p. ex. threat:&lt;fingerprint&gt;, version:3).</translation>
    </message>
    <message>
        <source>Audit trail verified: %1 entries, the hash chain is intact.
</source>
        <translation>Journal d’audit vérifié : %1 entrées, la chaîne de hachage est intacte.
</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1: %2</source>
        <translation>Journal d’audit ROMPU à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUJET</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>… and more; &apos;inspect --json&apos; lists them all</source>
        <translation>… et d’autres ; &apos;inspect --json&apos; les liste tous</translation>
    </message>
    <message>
        <source>A git revision: with one repository PATH it is read from git&apos;s objects (no checkout); otherwise recorded.</source>
        <translation>Une révision git : avec un seul dépôt comme PATH, elle est lue dans les objets git (sans checkout) ; sinon elle est seulement enregistrée.</translation>
    </message>
    <message>
        <source>What this version is (default: what was imported).</source>
        <translation>Ce qu’est cette version (par défaut : ce qui a été importé).</translation>
    </message>
    <message>
        <source>Who makes the version (default: the OS user).</source>
        <translation>Qui crée la version (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>An extra rule pack (YAML) to apply besides the built-in ones; repeatable.</source>
        <translation>Un pack de règles supplémentaire (YAML) en plus des packs intégrés ; répétable.</translation>
    </message>
    <message>
        <source>%1 triage states from imported threat models recorded as decisions
</source>
        <translation>%1 états de triage issus de modèles de menaces importés enregistrés comme décisions
</translation>
    </message>
    <message>
        <source>Version %1: %2 artifacts, %3 components, %4 entry points, %5 flows, %6 data assets, %7 threats
</source>
        <translation>Version %1 : %2 artefacts, %3 composants, %4 points d’entrée, %5 flux, %6 actifs de données, %7 menaces
</translation>
    </message>
    <message>
        <source>Reading %1 at %2 (%3)
</source>
        <translation>Lecture de %1 à %2 (%3)
</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: the same inputs, the same model (%2 files read, %3 unchanged by their stat, none parsed)
</source>
        <translation>Rien n’a changé depuis la version %1 : mêmes entrées, même modèle (%2 fichiers lus, %3 inchangés d’après leur stat, aucun analysé)
</translation>
    </message>
    <message>
        <source>Changed since version %1: %2 added, %3 modified, %4 deleted files; %5 artifacts imported again
</source>
        <translation>Modifié depuis la version %1 : %2 fichiers ajoutés, %3 modifiés, %4 supprimés ; %5 artefacts réimportés
</translation>
    </message>
    <message>
        <source>  no change to entry points, flows, components, dependencies or infrastructure code
</source>
        <translation>  aucun changement des points d’entrée, flux, composants, dépendances ou du code d’infrastructure
</translation>
    </message>
    <message>
        <source>new entry points:</source>
        <translation>nouveaux points d’entrée :</translation>
    </message>
    <message>
        <source>removed entry points:</source>
        <translation>points d’entrée supprimés :</translation>
    </message>
    <message>
        <source>new flows:</source>
        <translation>nouveaux flux :</translation>
    </message>
    <message>
        <source>removed flows:</source>
        <translation>flux supprimés :</translation>
    </message>
    <message>
        <source>new components:</source>
        <translation>nouveaux composants :</translation>
    </message>
    <message>
        <source>removed components:</source>
        <translation>composants supprimés :</translation>
    </message>
    <message>
        <source>new dependencies:</source>
        <translation>nouvelles dépendances :</translation>
    </message>
    <message>
        <source>changed dependencies:</source>
        <translation>dépendances modifiées :</translation>
    </message>
    <message>
        <source>removed dependencies:</source>
        <translation>dépendances supprimées :</translation>
    </message>
    <message>
        <source>changed infrastructure code:</source>
        <translation>code d’infrastructure modifié :</translation>
    </message>
    <message>
        <source>Files or directories to import.</source>
        <translation>Fichiers ou répertoires à importer.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>A spec, a Terraform file or a directory.</source>
        <translation>Une spécification, un fichier Terraform ou un répertoire.</translation>
    </message>
    <message>
        <source>Print the fragment as JSON.</source>
        <translation>Afficher le fragment en JSON.</translation>
    </message>
    <message>
        <source>Also run the built-in rules and include their threats.</source>
        <translation>Exécuter aussi les règles intégrées et inclure leurs menaces.</translation>
    </message>
    <message>
        <source>%1 components, %2 entry points, %3 flows, %4 data assets, %5 threats
</source>
        <translation>%1 composants, %2 points d’entrée, %3 flux, %4 actifs de données, %5 menaces
</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPÉRATION</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>An .hcl or .tf file.</source>
        <translation>Un fichier .hcl ou .tf.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The older version (default: the one before V2; 0 = empty).</source>
        <translation>La version la plus ancienne (par défaut : celle qui précède V2 ; 0 = vide).</translation>
    </message>
    <message>
        <source>The newer version (default: the newest).</source>
        <translation>La version la plus récente (par défaut : la dernière).</translation>
    </message>
    <message>
        <source>Print JSON (docs/cli.md describes the shape).</source>
        <translation>Afficher du JSON (docs/cli.md en décrit la structure).</translation>
    </message>
    <message>
        <source>V2 must be a version number</source>
        <translation>V2 doit être un numéro de version</translation>
    </message>
    <message>
        <source>V1 must be a version number</source>
        <translation>V1 doit être un numéro de version</translation>
    </message>
    <message>
        <source>the project has no versions to compare</source>
        <translation>le projet n’a pas de versions à comparer</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2
</source>
        <translation>Changements de la version %1 à la version %2
</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Frontières de confiance</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Points d’entrée</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Actifs de données</translation>
    </message>
    <message>
        <source>Threats: %1 new, %2 gone, %3 changed, %4 decisions carried over
</source>
        <translation>Menaces : %1 nouvelles, %2 disparues, %3 modifiées, %4 décisions reportées
</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>DISPARUE</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>Check passed: no untriaged %1-or-higher threat is new in version %2 since version %3.
</source>
        <translation>Vérification réussie : aucune menace non triée de niveau %1 ou plus n’est nouvelle dans la version %2 depuis la version %3.
</translation>
    </message>
    <message>
        <source>Check FAILED: %1 new untriaged threat(s) at or above %2 in version %3 (baseline %4):
</source>
        <translation>Vérification ÉCHOUÉE : %1 nouvelle(s) menace(s) non triée(s) de niveau %2 ou plus dans la version %3 (référence %4) :
</translation>
    </message>
    <message>
        <source>Triage them with &apos;threatwright-cli triage&apos; or in the workbench.
</source>
        <translation>Triez-les avec &apos;threatwright-cli triage&apos; ou dans l’atelier.
</translation>
    </message>
    <message>
        <source>The version to compare with (default: the one before the newest; 0 = everything is new).</source>
        <translation>La version de comparaison (par défaut : celle qui précède la plus récente ; 0 = tout est nouveau).</translation>
    </message>
    <message>
        <source>The lowest severity that fails the check.</source>
        <translation>La gravité la plus basse qui fait échouer la vérification.</translation>
    </message>
    <message>
        <source>--fail-on needs one of info, low, medium, high, critical</source>
        <translation>--fail-on requiert info, low, medium, high ou critical</translation>
    </message>
    <message>
        <source>the project has no versions to check</source>
        <translation>le projet n’a pas de versions à vérifier</translation>
    </message>
    <message>
        <source>--baseline needs a version number</source>
        <translation>--baseline requiert un numéro de version</translation>
    </message>
    <message>
        <source>html, pdf, json, sarif, md or csv.</source>
        <translation>html, pdf, json, sarif, md ou csv.</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Le fichier à écrire (&apos;-&apos; pour la sortie standard).</translation>
    </message>
    <message>
        <source>The version to report (default: the newest).</source>
        <translation>La version du rapport (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>Also show what changed since this version (and SARIF baselineState against it).</source>
        <translation>Montrer aussi ce qui a changé depuis cette version (et le baselineState SARIF par rapport à elle).</translation>
    </message>
    <message>
        <source>--format must be one of %1</source>
        <translation>--format doit valoir l’un de %1</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE est obligatoire</translation>
    </message>
    <message>
        <source>--diff needs a version number (0 = empty)</source>
        <translation>--diff requiert un numéro de version (0 = vide)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KB)
</source>
        <translation>%1 écrit (%2 Ko)
</translation>
    </message>
    <message>
        <source>No version of this project was built from %1 (%2); scan it without --since first</source>
        <translation>Aucune version de ce projet n’a été construite à partir de %1 (%2) ; analysez d’abord sans --since</translation>
    </message>
    <message>
        <source>Changes %1..%2
</source>
        <translation>Changements %1..%2
</translation>
    </message>
    <message>
        <source>No new version: version %1 is already this revision
</source>
        <translation>Pas de nouvelle version : la version %1 correspond déjà à cette révision
</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: %2 is still at %3 with a clean working tree
</source>
        <translation>Rien n’a changé depuis la version %1 : %2 est toujours à %3 avec un arbre de travail propre
</translation>
    </message>
    <message>
        <source>No new version: version %1 is already these inputs
</source>
        <translation>Pas de nouvelle version : la version %1 correspond déjà à ces entrées
</translation>
    </message>
    <message>
        <source>The repository folder, spec or Terraform to scan.</source>
        <translation>Le dossier du dépôt, la spécification ou le Terraform à analyser.</translation>
    </message>
    <message>
        <source>The project file (default: threatwright.twdb in the current folder); created when missing.</source>
        <translation>Le fichier de projet (par défaut : threatwright.twdb dans le dossier courant) ; créé s’il manque.</translation>
    </message>
    <message>
        <source>Exit 1 when new untriaged threats at or above this severity appear (default: never fail).</source>
        <translation>Code de sortie 1 quand de nouvelles menaces non triées de cette gravité ou plus apparaissent (par défaut : ne jamais échouer).</translation>
    </message>
    <message>
        <source>Write SARIF 2.1.0 here, with baselineState against the previous version.</source>
        <translation>Écrire le SARIF 2.1.0 ici, avec baselineState par rapport à la version précédente.</translation>
    </message>
    <message>
        <source>Write a Markdown summary for a pull-request comment here.</source>
        <translation>Écrire ici un résumé Markdown pour un commentaire de pull request.</translation>
    </message>
    <message>
        <source>PATH is a git repository: import only what changed between REV and HEAD (or --rev), on top of the version built from REV, and say what changed.</source>
        <translation>PATH est un dépôt git : n’importer que ce qui a changé entre REV et HEAD (ou --rev), par-dessus la version construite à partir de REV, et dire ce qui a changé.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>--since needs a git repository; %1 is not one</source>
        <translation>--since requiert un dépôt git ; %1 n’en est pas un</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 écrit
</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>Créer un nouveau fichier de projet</translation>
    </message>
    <message>
        <source>Import specs, Terraform or a directory as a new version</source>
        <translation>Importer des spécifications, du Terraform ou un répertoire comme nouvelle version</translation>
    </message>
    <message>
        <source>Parse an artifact and print its model fragment</source>
        <translation>Analyser un artefact et afficher son fragment de modèle</translation>
    </message>
    <message>
        <source>Print an HCL/Terraform file as JSON</source>
        <translation>Afficher un fichier HCL/Terraform en JSON</translation>
    </message>
    <message>
        <source>List the model versions</source>
        <translation>Lister les versions du modèle</translation>
    </message>
    <message>
        <source>List threats, or &apos;threats PROJECT add&apos; to record one</source>
        <translation>Lister les menaces, ou &apos;threats PROJECT add&apos; pour en enregistrer une</translation>
    </message>
    <message>
        <source>Validate, dismiss, accept, mitigate or reprioritise a threat</source>
        <translation>Valider, écarter, accepter, atténuer ou re-prioriser une menace</translation>
    </message>
    <message>
        <source>Show or verify the audit trail</source>
        <translation>Afficher ou vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Montrer ce qui a changé entre deux versions</translation>
    </message>
    <message>
        <source>For CI: init if needed, import, analyse, write SARIF/Markdown, gate</source>
        <translation>Pour la CI : créer si besoin, importer, analyser, écrire SARIF/Markdown, contrôler</translation>
    </message>
    <message>
        <source>Write a report: html, pdf, json, sarif, md or csv</source>
        <translation>Écrire un rapport : html, pdf, json, sarif, md ou csv</translation>
    </message>
    <message>
        <source>CI gate: fail on new untriaged threats at or above a severity</source>
        <translation>Contrôle CI : échouer sur de nouvelles menaces non triées à partir d’une gravité</translation>
    </message>
    <message>
        <source>Write the model for another tool: otm or threat-dragon</source>
        <translation>Écrire le modèle pour un autre outil : otm ou threat-dragon</translation>
    </message>
    <message>
        <source>Suppress a rule&apos;s findings on matching elements (or revoke a suppression)</source>
        <translation>Supprimer les constats d’une règle sur les éléments correspondants (ou révoquer une suppression)</translation>
    </message>
    <message>
        <source>List the suppressions and what they match</source>
        <translation>Lister les suppressions et ce qu’elles couvrent</translation>
    </message>
    <message>
        <source>Ask a language model for threats the rules missed (optional)</source>
        <translation>Demander à un modèle de langage les menaces que les règles ont manquées (facultatif)</translation>
    </message>
    <message>
        <source>Writes a version of the model for another tool: Open Threat Model (OTM 0.2.0 JSON, IriusRisk/StartLeft) or an OWASP Threat Dragon v2 model.</source>
        <translation>Écrit une version du modèle pour un autre outil : Open Threat Model (OTM 0.2.0 JSON, IriusRisk/StartLeft) ou un modèle OWASP Threat Dragon v2.</translation>
    </message>
    <message>
        <source>otm or threat-dragon.</source>
        <translation>otm ou threat-dragon.</translation>
    </message>
    <message>
        <source>The version to export (default: the newest).</source>
        <translation>La version à exporter (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>usage: threatwright-cli export PROJECT.twdb --format otm|threat-dragon -o FILE [--version V]</source>
        <translation>utilisation : threatwright-cli export PROJECT.twdb --format otm|threat-dragon -o FILE [--version V]</translation>
    </message>
    <message>
        <source>--format must be otm or threat-dragon</source>
        <translation>--format doit valoir otm ou threat-dragon</translation>
    </message>
    <message>
        <source>the project has no version yet: import something first</source>
        <translation>le projet n’a pas encore de version : importez d’abord quelque chose</translation>
    </message>
    <message>
        <source>Wrote %1: version %2, %3 components, %4 boundaries, %5 flows, %6 threats
</source>
        <translation>%1 écrit : version %2, %3 composants, %4 frontières, %5 flux, %6 menaces
</translation>
    </message>
    <message>
        <source>A rule id (TW-API-001) or a glob over rule ids (TW-K8S-*).</source>
        <translation>Un identifiant de règle (TW-API-001) ou un glob sur les identifiants de règles (TW-K8S-*).</translation>
    </message>
    <message>
        <source>A glob over the ids and names of the threats&apos; targets: * any run of characters, ? one character (ep:orders:*, svc:legacy-*, payments).</source>
        <translation>Un glob sur les identifiants et noms des cibles des menaces : * toute suite de caractères, ? un caractère (ep:orders:*, svc:legacy-*, payments).</translation>
    </message>
    <message>
        <source>Why; required.</source>
        <translation>Pourquoi ; obligatoire.</translation>
    </message>
    <message>
        <source>When the suppression stops applying (ISO date or time, UTC).</source>
        <translation>Quand la suppression cesse de s’appliquer (date ou heure ISO, UTC).</translation>
    </message>
    <message>
        <source>End the suppression with this id instead of creating one.</source>
        <translation>Mettre fin à la suppression portant cet identifiant au lieu d’en créer une.</translation>
    </message>
    <message>
        <source>Print the suppression as JSON.</source>
        <translation>Afficher la suppression en JSON.</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason est obligatoire</translation>
    </message>
    <message>
        <source>--revoke takes only --reason (and --actor)</source>
        <translation>--revoke n’accepte que --reason (et --actor)</translation>
    </message>
    <message>
        <source>--revoke needs a suppression id (see &apos;threatwright-cli suppressions&apos;)</source>
        <translation>--revoke requiert un identifiant de suppression (voir &apos;threatwright-cli suppressions&apos;)</translation>
    </message>
    <message>
        <source>Suppression #%1 revoked; it no longer applies.
</source>
        <translation>Suppression n°%1 révoquée ; elle ne s’applique plus.
</translation>
    </message>
    <message>
        <source>a suppression needs --rule and --element</source>
        <translation>une suppression requiert --rule et --element</translation>
    </message>
    <message>
        <source>Suppression #%1 recorded: %2 on %3%4; %5 threat(s) of the newest version dismissed by it.
</source>
        <translation>Suppression n°%1 enregistrée : %2 sur %3%4 ; %5 menace(s) de la version la plus récente écartée(s) par elle.
</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> jusqu’au %1</translation>
    </message>
    <message>
        <source>No suppressions. Make one with &apos;threatwright-cli suppress&apos; or &apos;triage --dismiss --suppress&apos;.
</source>
        <translation>Aucune suppression. Créez-en une avec &apos;threatwright-cli suppress&apos; ou &apos;triage --dismiss --suppress&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation>ÉLÉMENT</translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation>EXPIRE (UTC)</translation>
    </message>
    <message>
        <source>MATCHES</source>
        <translation>CORRESP.</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>A component id to ask about; repeatable.</source>
        <translation>Un identifiant de composant sur lequel interroger ; répétable.</translation>
    </message>
    <message>
        <source>Ask about every component of the newest version (one request each).</source>
        <translation>Interroger sur chaque composant de la version la plus récente (une requête chacun).</translation>
    </message>
    <message>
        <source>The server&apos;s base URL, e.g. http://127.0.0.1:8080 (llama.cpp) or http://127.0.0.1:11434/v1 (Ollama).</source>
        <translation>L’URL de base du serveur, p. ex. http://127.0.0.1:8080 (llama.cpp) ou http://127.0.0.1:11434/v1 (Ollama).</translation>
    </message>
    <message>
        <source>The model name the server knows.</source>
        <translation>Le nom du modèle que le serveur connaît.</translation>
    </message>
    <message>
        <source>Seconds to wait for one answer (default 180).</source>
        <translation>Secondes d’attente pour une réponse (180 par défaut).</translation>
    </message>
    <message>
        <source>Further attempts after an HTTP 429 or 5xx (default 2).</source>
        <translation>Tentatives supplémentaires après un HTTP 429 ou 5xx (2 par défaut).</translation>
    </message>
    <message>
        <source>Do not send response_format json_schema (for servers that reject it).</source>
        <translation>Ne pas envoyer response_format json_schema (pour les serveurs qui le refusent).</translation>
    </message>
    <message>
        <source>Print the request for the first component and send nothing.</source>
        <translation>Afficher la requête pour le premier composant sans rien envoyer.</translation>
    </message>
    <message>
        <source>Who asks (default: the OS user).</source>
        <translation>Qui interroge (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>Print the added threats as JSON.</source>
        <translation>Afficher les menaces ajoutées en JSON.</translation>
    </message>
    <message>
        <source>give --component ID (repeatable) or --all</source>
        <translation>indiquez --component ID (répétable) ou --all</translation>
    </message>
    <message>
        <source>--llm-url needs an http or https URL such as http://127.0.0.1:8080</source>
        <translation>--llm-url requiert une URL http ou https telle que http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--llm-url must not contain a user or password; put the key in %1 or the keychain</source>
        <translation>--llm-url ne doit contenir ni utilisateur ni mot de passe ; placez la clé dans %1 ou dans le trousseau</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model est obligatoire</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (at most 3600)</source>
        <translation>--timeout requiert un nombre de secondes (3600 au plus)</translation>
    </message>
    <message>
        <source>--retries needs 0 to 10</source>
        <translation>--retries requiert une valeur de 0 à 10</translation>
    </message>
    <message>
        <source>version %1 has no components</source>
        <translation>la version %1 n’a pas de composants</translation>
    </message>
    <message>
        <source>version %1 has no component &quot;%2&quot;</source>
        <translation>la version %1 n’a pas de composant « %2 »</translation>
    </message>
    <message>
        <source>STRIDE</source>
        <translation>STRIDE</translation>
    </message>
    <message>
        <source>%1 suggestion(s) from %2 added to version %3 as suggested threats (origin llm:%2); %4 component(s) asked, %5 request(s).
</source>
        <translation>%1 suggestion(s) de %2 ajoutée(s) à la version %3 comme menaces suggérées (origine llm:%2) ; %4 composant(s) interrogé(s), %5 requête(s).
</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>arrêt anticipé : %1</translation>
    </message>
    <message>
        <source>Creates a new, empty project file.</source>
        <translation>Crée un nouveau fichier de projet vide.</translation>
    </message>
    <message>
        <source>Lists the project&apos;s model versions.</source>
        <translation>Liste les versions du modèle du projet.</translation>
    </message>
    <message>
        <source>Records a threat that no rule found in the newest version.</source>
        <translation>Enregistre une menace qu’aucune règle n’a trouvée dans la version la plus récente.</translation>
    </message>
    <message>
        <source>Lists the threats of a version, most severe first.</source>
        <translation>Liste les menaces d’une version, les plus graves d’abord.</translation>
    </message>
    <message>
        <source>Records a decision on a threat; it carries to later versions and lands in the audit trail.</source>
        <translation>Enregistre une décision sur une menace ; elle est reportée sur les versions suivantes et consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Shows the audit trail; --verify walks its hash chain and names the first bad entry.</source>
        <translation>Affiche le journal d’audit ; --verify parcourt sa chaîne de hachage et nomme la première entrée défectueuse.</translation>
    </message>
    <message>
        <source>Imports specs, Terraform and repositories into the project as a new version.</source>
        <translation>Importe des spécifications, du Terraform et des dépôts dans le projet comme nouvelle version.</translation>
    </message>
    <message>
        <source>Parses one artifact or directory and prints the model fragment, without a project.</source>
        <translation>Analyse un artefact ou un répertoire et affiche le fragment de modèle, sans projet.</translation>
    </message>
    <message>
        <source>Prints an HCL or Terraform file as JSON (the shape of the well-known hcl2json).</source>
        <translation>Affiche un fichier HCL ou Terraform en JSON (dans la forme du célèbre hcl2json).</translation>
    </message>
    <message>
        <source>Shows what changed between two versions: elements added, removed or changed field by field, and threat changes.</source>
        <translation>Montre ce qui a changé entre deux versions : éléments ajoutés, supprimés ou modifiés champ par champ, et changements de menaces.</translation>
    </message>
    <message>
        <source>The CI gate: fails (exit 1) when the newest version has threats at or above a severity that are new since the baseline and not yet triaged.</source>
        <translation>Le contrôle CI : échoue (code de sortie 1) quand la version la plus récente a des menaces d’une gravité donnée ou plus, nouvelles depuis la référence et pas encore triées.</translation>
    </message>
    <message>
        <source>Writes a report of a version: html or pdf (for auditors), json, sarif, md (pull-request summary) or csv.</source>
        <translation>Écrit un rapport sur une version : html ou pdf (pour les auditeurs), json, sarif, md (résumé de pull request) ou csv.</translation>
    </message>
    <message>
        <source>For pipelines: creates the project if needed, imports PATH as a new version, analyses it, writes SARIF and a Markdown summary against the previous version, and fails on new untriaged threats.</source>
        <translation>Pour les pipelines : crée le projet si besoin, importe PATH comme nouvelle version, l’analyse, écrit le SARIF et un résumé Markdown par rapport à la version précédente, et échoue sur de nouvelles menaces non triées.</translation>
    </message>
    <message>
        <source>Records a scoped suppression: the findings of a rule on the elements a pattern names are dismissed, in the newest version now and in every version analysed while it is in force. --revoke ends one.</source>
        <translation>Enregistre une suppression ciblée : les constats d’une règle sur les éléments désignés par un motif sont écartés, dès maintenant dans la version la plus récente et dans chaque version analysée tant qu’elle est en vigueur. --revoke y met fin.</translation>
    </message>
    <message>
        <source>Lists the project&apos;s suppressions: active, expired and revoked, with how many threats of the newest version each one dismissed.</source>
        <translation>Liste les suppressions du projet : actives, expirées et révoquées, avec le nombre de menaces de la version la plus récente que chacune a écartées.</translation>
    </message>
    <message>
        <source>Asks a language model (an OpenAI-compatible chat-completions server: llama.cpp, Ollama, vLLM or a hosted API) for threats the rules missed, about one component or all of them. Only a redacted summary of each component&apos;s neighbourhood is sent (docs/llm.md). Validated, deduplicated suggestions are added to the newest version as suggested threats with origin llm:&lt;model&gt;. The API key comes from THREATWRIGHT_LLM_API_KEY or the system keychain.</source>
        <translation>Demande à un modèle de langage (un serveur de complétions de chat compatible OpenAI : llama.cpp, Ollama, vLLM ou une API hébergée) les menaces que les règles ont manquées, pour un composant ou pour tous. Seul un résumé expurgé du voisinage de chaque composant est envoyé (docs/llm.md). Les suggestions validées et dédoublonnées sont ajoutées à la version la plus récente comme menaces suggérées d’origine llm:&lt;model&gt;. La clé d’API provient de THREATWRIGHT_LLM_API_KEY ou du trousseau du système.</translation>
    </message>
    <message>
        <source>this command runs in threatwright-cli-full, which could not be started (%1): %2</source>
        <translation>cette commande s’exécute dans threatwright-cli-full, qui n’a pas pu être lancé (%1) : %2</translation>
    </message>
</context>
<context>
    <name>tw::Compose</name>
    <message>
        <source>no services in this compose file</source>
        <translation>aucun service dans ce fichier compose</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>réseau %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
</context>
<context>
    <name>tw::Dockerfile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>no FROM instruction: not a Dockerfile</source>
        <translation>aucune instruction FROM : ce n’est pas un Dockerfile</translation>
    </message>
</context>
<context>
    <name>tw::Feedback</name>
    <message numerus="yes">
        <source>%1: %n similar finding(s) (rule %2 on %3) dismissed in this project</source>
        <translation>
            <numerusform>%1 : %n constat similaire (règle %2 sur %3) écarté dans ce projet</numerusform>
            <numerusform>%1 : %n constats similaires (règle %2 sur %3) écartés dans ce projet</numerusform>
        </translation>
    </message>
    <message>
        <source>, e.g. &quot;%1&quot;</source>
        <translation>, p. ex. « %1 »</translation>
    </message>
    <message>
        <source>; ranked lower, severity unchanged</source>
        <translation> ; classé plus bas, gravité inchangée</translation>
    </message>
</context>
<context>
    <name>tw::Git</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>erreur libgit2 inconnue</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revision of %2: %3</source>
        <translation>« %1 » n’est pas une révision de %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a commit: %2</source>
        <translation>« %1 » ne désigne pas un commit : %2</translation>
    </message>
    <message>
        <source>%1 is not a git repository: %2</source>
        <translation>%1 n’est pas un dépôt git : %2</translation>
    </message>
</context>
<context>
    <name>tw::Importer</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>hard-coded %1%2 (%3)</source>
        <translation>%1%2 codé en dur (%3)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>Nothing to import: no OpenAPI/Swagger spec, Terraform, compose file, Kubernetes manifest, Dockerfile, package manifest or threat model (OTM, Threat Dragon, Threagile, .tm7, Threat Composer) was found in %1</source>
        <translation>Rien à importer : aucune spécification OpenAPI/Swagger, aucun Terraform, fichier compose, manifeste Kubernetes, Dockerfile, manifeste de paquets ni modèle de menaces (OTM, Threat Dragon, Threagile, .tm7, Threat Composer) n’a été trouvé dans %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>The version built from %1 was not made by this importer for %2 with the same options; scan without --since first</source>
        <translation>La version construite à partir de %1 n’a pas été produite par cet importateur pour %2 avec les mêmes options ; analysez d’abord sans --since</translation>
    </message>
</context>
<context>
    <name>tw::Interop</name>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>status set in the imported model</source>
        <translation>statut défini dans le modèle importé</translation>
    </message>
    <message>
        <source>%1 (imported from %2)</source>
        <translation>%1 (importé de %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text; ignored</source>
        <translation>« %1 » devrait être du texte ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false; ignored</source>
        <translation>« %1 » devrait valoir true ou false ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a number; ignored</source>
        <translation>« %1 » devrait être un nombre ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list; ignored</source>
        <translation>« %1 » devrait être une liste ; ignoré</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; should be text; ignored</source>
        <translation>un élément de « %1 » devrait être du texte ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a map; ignored</source>
        <translation>« %1 » devrait être un mapping ; ignoré</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 type &quot;%2&quot; has no Threatwright kind; imported as %3 and the type kept as an attribute</source>
        <translation>le type %1 « %2 » n’a pas de genre Threatwright ; importé comme %3, le type étant conservé comme attribut</translation>
    </message>
    <message>
        <source>not an OTM document: the top level is not a map</source>
        <translation>ce n’est pas un document OTM : le niveau supérieur n’est pas un mapping</translation>
    </message>
    <message>
        <source>not a valid OTM document: &quot;otmVersion&quot; is missing; read as OTM 0.2.0</source>
        <translation>document OTM invalide : « otmVersion » manque ; lu comme OTM 0.2.0</translation>
    </message>
    <message>
        <source>OTM version %1 is not one Threatwright knows (0.1.0, 0.2.0); read as 0.2.0</source>
        <translation>Threatwright ne connaît pas la version OTM %1 (0.1.0, 0.2.0) ; lue comme 0.2.0</translation>
    </message>
    <message>
        <source>the OTM document has no &quot;project&quot;</source>
        <translation>le document OTM n’a pas de « project »</translation>
    </message>
    <message numerus="yes">
        <source>%n representation(s) (diagrams, code) are not imported; where elements sit in them is kept as attributes</source>
        <translation>
            <numerusform>%n représentation (diagrammes, code) n’est pas importée ; la place des éléments y est conservée en attributs</numerusform>
            <numerusform>%n représentations (diagrammes, code) ne sont pas importées ; la place des éléments y est conservée en attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entry is not a map; ignored</source>
        <translation>l’entrée %1 n’est pas un mapping ; ignorée</translation>
    </message>
    <message>
        <source>%1 without an &quot;id&quot;; not imported</source>
        <translation>%1 sans « id » ; non importé</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; attribute is not a JSON object; ignored</source>
        <translation>l’attribut « threatwright » n’est pas un objet JSON ; ignoré</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; should be a map; ignored</source>
        <translation>« attributes » devrait être un mapping ; ignoré</translation>
    </message>
    <message>
        <source>&quot;parent&quot; names neither a trust zone nor a component</source>
        <translation>« parent » ne désigne ni une zone de confiance ni un composant</translation>
    </message>
    <message>
        <source>a mitigation</source>
        <translation>une mesure d’atténuation</translation>
    </message>
    <message>
        <source>a threat</source>
        <translation>une menace</translation>
    </message>
    <message>
        <source>threat id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de menace « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>an asset</source>
        <translation>un actif</translation>
    </message>
    <message>
        <source>asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant d’actif « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>a trust zone</source>
        <translation>une zone de confiance</translation>
    </message>
    <message>
        <source>trust zone id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de zone de confiance « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>parent trust zone &quot;%1&quot; does not exist; the zone is placed at the top</source>
        <translation>la zone de confiance parente « %1 » n’existe pas ; la zone est placée au sommet</translation>
    </message>
    <message>
        <source>trust zone &quot;%1&quot; is inside itself through its parents; placed at the top</source>
        <translation>la zone de confiance « %1 » se contient elle-même via ses parents ; placée au sommet</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>un composant</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; attribute is damaged (%1); ignored</source>
        <translation>l’attribut « threatwright » est endommagé (%1) ; ignoré</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>component id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de composant « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>component &quot;%1&quot; has no parent; it is placed outside every trust zone</source>
        <translation>le composant « %1 » n’a pas de parent ; il est placé hors de toute zone de confiance</translation>
    </message>
    <message>
        <source>an entry point in the &quot;threatwright&quot; attribute is damaged (%1); ignored</source>
        <translation>un point d’entrée de l’attribut « threatwright » est endommagé (%1) ; ignoré</translation>
    </message>
    <message>
        <source>parent component &quot;%1&quot; does not exist</source>
        <translation>le composant parent « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>trust zone &quot;%1&quot; does not exist; the component is placed outside every trust zone</source>
        <translation>la zone de confiance « %1 » n’existe pas ; le composant est placé hors de toute zone de confiance</translation>
    </message>
    <message>
        <source>asset &quot;%1&quot; is not declared under &quot;assets&quot;</source>
        <translation>l’actif « %1 » n’est pas déclaré sous « assets »</translation>
    </message>
    <message>
        <source>a dataflow</source>
        <translation>un flux de données</translation>
    </message>
    <message>
        <source>dataflow &quot;%1&quot; connects &quot;%2&quot; to &quot;%3&quot;, which are not both components; not imported</source>
        <translation>le flux de données « %1 » relie « %2 » à « %3 », qui ne sont pas tous deux des composants ; non importé</translation>
    </message>
    <message>
        <source>dataflow id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de flux de données « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>a threat instance</source>
        <translation>une instance de menace</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; is not declared under &quot;threats&quot;; not imported</source>
        <translation>la menace « %1 » n’est pas déclarée sous « threats » ; non importée</translation>
    </message>
    <message>
        <source>a mitigation instance</source>
        <translation>une instance d’atténuation</translation>
    </message>
    <message>
        <source>mitigation &quot;%1&quot; is not declared under &quot;mitigations&quot;</source>
        <translation>l’atténuation « %1 » n’est pas déclarée sous « mitigations »</translation>
    </message>
    <message>
        <source>threat categories %1 name no STRIDE category; recorded as tampering</source>
        <translation>les catégories de menace %1 ne nomment aucune catégorie STRIDE ; enregistrée comme tampering</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 of 100 in the OTM file</source>
        <translation>vraisemblance %1 et impact %2 sur 100 dans le fichier OTM</translation>
    </message>
    <message>
        <source>threat state &quot;%1&quot; is not understood; recorded as suggested</source>
        <translation>état de menace « %1 » non compris ; enregistrée comme suggérée</translation>
    </message>
    <message>
        <source>OTM state &quot;%1&quot;</source>
        <translation>état OTM « %1 »</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; is not applied to any component or dataflow; kept without a target</source>
        <translation>la menace « %1 » n’est appliquée à aucun composant ni flux de données ; conservée sans cible</translation>
    </message>
    <message>
        <source>Exported by Threatwright from version %1</source>
        <translation>Exporté par Threatwright depuis la version %1</translation>
    </message>
    <message>
        <source>Outside every trust boundary</source>
        <translation>Hors de toute frontière de confiance</translation>
    </message>
    <message>
        <source>OTM components need a parent: components outside every boundary are put in a zone &quot;Outside every trust boundary&quot; that an import into Threatwright removes again</source>
        <translation>Les composants OTM ont besoin d’un parent : les composants hors de toute frontière sont placés dans une zone « Hors de toute frontière de confiance » qu’un import dans Threatwright retire à nouveau</translation>
    </message>
    <message>
        <source>threats about boundaries or data assets only have no OTM instance; they are listed under &quot;threats&quot; with their targets in the &quot;threatwright&quot; attribute</source>
        <translation>les menaces qui ne concernent que des frontières ou des actifs de données n’ont pas d’instance OTM ; elles sont listées sous « threats » avec leurs cibles dans l’attribut « threatwright »</translation>
    </message>
    <message>
        <source>entry points whose component is not in the model cannot be written</source>
        <translation>les points d’entrée dont le composant n’est pas dans le modèle ne peuvent pas être écrits</translation>
    </message>
    <message>
        <source>OTM has no entry points: they travel in their component&apos;s &quot;threatwright&quot; attribute</source>
        <translation>OTM n’a pas de points d’entrée : ils voyagent dans l’attribut « threatwright » de leur composant</translation>
    </message>
    <message>
        <source>flows from or to something that is not a component cannot be written</source>
        <translation>les flux depuis ou vers autre chose qu’un composant ne peuvent pas être écrits</translation>
    </message>
    <message>
        <source>not a Threat Dragon model: the top level is not a map</source>
        <translation>ce n’est pas un modèle Threat Dragon : le niveau supérieur n’est pas un mapping</translation>
    </message>
    <message>
        <source>the model&apos;s summary has no title</source>
        <translation>le résumé du modèle n’a pas de titre</translation>
    </message>
    <message>
        <source>not a valid Threat Dragon model: &quot;detail&quot; with the diagrams is missing</source>
        <translation>modèle Threat Dragon invalide : « detail » avec les diagrammes manque</translation>
    </message>
    <message>
        <source>Threat Dragon version %1 is not one Threatwright knows (1.x, 2.x); read as 2.x</source>
        <translation>Threatwright ne connaît pas la version Threat Dragon %1 (1.x, 2.x) ; lue comme 2.x</translation>
    </message>
    <message>
        <source>not a valid Threat Dragon model: &quot;detail&quot; has no list of diagrams</source>
        <translation>modèle Threat Dragon invalide : « detail » n’a pas de liste de diagrammes</translation>
    </message>
    <message>
        <source>a diagram is not a map; ignored</source>
        <translation>un diagramme n’est pas un mapping ; ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%n text annotation(s) on the diagrams are not imported</source>
        <translation>
            <numerusform>%n annotation textuelle des diagrammes n’est pas importée</numerusform>
            <numerusform>%n annotations textuelles des diagrammes ne sont pas importées</numerusform>
        </translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; field is not a JSON object; ignored</source>
        <translation>le champ « threatwright » n’est pas un objet JSON ; ignoré</translation>
    </message>
    <message>
        <source>an asset in the &quot;threatwright&quot; field is damaged (%1); ignored</source>
        <translation>un actif du champ « threatwright » est endommagé (%1) ; ignoré</translation>
    </message>
    <message>
        <source>a threat in the &quot;threatwright&quot; field is damaged; ignored</source>
        <translation>une menace du champ « threatwright » est endommagée ; ignorée</translation>
    </message>
    <message>
        <source>diagram &quot;%1&quot; has no cells</source>
        <translation>le diagramme « %1 » n’a pas de cellules</translation>
    </message>
    <message>
        <source>a cell is not a map; ignored</source>
        <translation>une cellule n’est pas un mapping ; ignorée</translation>
    </message>
    <message>
        <source>a cell without an &quot;id&quot;; not imported</source>
        <translation>une cellule sans « id » ; non importée</translation>
    </message>
    <message>
        <source>cell id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de cellule « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>cell of type &quot;%1&quot; is not a Threat Dragon element Threatwright knows; not imported</source>
        <translation>la cellule de type « %1 » n’est pas un élément Threat Dragon connu de Threatwright ; non importée</translation>
    </message>
    <message>
        <source>Trust boundary line</source>
        <translation>Ligne de frontière de confiance</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <source>trust boundary box &quot;%1&quot; has no position or size; it encloses nothing</source>
        <translation>le cadre de frontière de confiance « %1 » n’a ni position ni taille ; il n’englobe rien</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; field is damaged (%1); ignored</source>
        <translation>le champ « threatwright » est endommagé (%1) ; ignoré</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>the %1 of flow &quot;%2&quot; is not attached in the file but touches &quot;%3&quot; on the diagram; taken as connected</source>
        <translation>%1 du flux « %2 » n’est pas rattaché dans le fichier mais touche « %3 » sur le diagramme ; considéré comme connecté</translation>
    </message>
    <message>
        <source>flow &quot;%1&quot; is not connected to an element at both ends; not imported</source>
        <translation>le flux « %1 » n’est pas relié à un élément à ses deux extrémités ; non importé</translation>
    </message>
    <message>
        <source>a threat is not a map; ignored</source>
        <translation>une menace n’est pas un mapping ; ignorée</translation>
    </message>
    <message>
        <source>(untitled threat)</source>
        <translation>(menace sans titre)</translation>
    </message>
    <message>
        <source>threat type &quot;%1&quot; (%2) is not a STRIDE category; recorded as tampering, the type kept in the risk factor</source>
        <translation>le type de menace « %1 » (%2) n’est pas une catégorie STRIDE ; enregistré comme tampering, le type étant conservé dans le facteur de risque</translation>
    </message>
    <message>
        <source>no model type</source>
        <translation>aucun type de modèle</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot;, %2 type &quot;%3&quot; in the Threat Dragon model</source>
        <translation>gravité « %1 », type %2 « %3 » dans le modèle Threat Dragon</translation>
    </message>
    <message>
        <source>threat status &quot;%1&quot; is not understood; recorded as suggested</source>
        <translation>statut de menace « %1 » non compris ; enregistrée comme suggérée</translation>
    </message>
    <message>
        <source>Threat Dragon status &quot;%1&quot;</source>
        <translation>statut Threat Dragon « %1 »</translation>
    </message>
    <message>
        <source>Threat Dragon has no entry points: they travel in their component&apos;s &quot;threatwright&quot; field</source>
        <translation>Threat Dragon n’a pas de points d’entrée : ils voyagent dans le champ « threatwright » de leur composant</translation>
    </message>
    <message>
        <source>threats about boundaries or data assets only have no cell to sit on; they travel in the summary&apos;s &quot;threatwright&quot; field</source>
        <translation>les menaces qui ne concernent que des frontières ou des actifs de données n’ont pas de cellule ; elles voyagent dans le champ « threatwright » du résumé</translation>
    </message>
    <message>
        <source>boundary lines are drawn below the diagram; which flows cross them is kept in the flows&apos; &quot;threatwright&quot; field</source>
        <translation>les lignes de frontière sont dessinées sous le diagramme ; les flux qui les traversent sont notés dans le champ « threatwright » des flux</translation>
    </message>
    <message>
        <source>Threat Dragon has no data assets: they travel in the summary&apos;s &quot;threatwright&quot; field</source>
        <translation>Threat Dragon n’a pas d’actifs de données : ils voyagent dans le champ « threatwright » du résumé</translation>
    </message>
    <message>
        <source>Threatwright model</source>
        <translation>Modèle Threatwright</translation>
    </message>
    <message>
        <source>&quot;threagile_version&quot; is missing; read as a Threagile 1.x model</source>
        <translation>« threagile_version » manque ; lu comme un modèle Threagile 1.x</translation>
    </message>
    <message>
        <source>%1 is already included; read once</source>
        <translation>%1 est déjà inclus ; lu une seule fois</translation>
    </message>
    <message>
        <source>not a Threagile model: the top level is not a map</source>
        <translation>ce n’est pas un modèle Threagile : le niveau supérieur n’est pas un mapping</translation>
    </message>
    <message>
        <source>included file %1 does not exist</source>
        <translation>le fichier inclus %1 n’existe pas</translation>
    </message>
    <message>
        <source>included file %1 is outside the import root; not read</source>
        <translation>le fichier inclus %1 est hors de la racine d’import ; non lu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in %2; the first definition is kept</source>
        <translation>« %1 » est défini deux fois dans %2 ; la première définition est conservée</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a map; not imported</source>
        <translation>%1 « %2 » n’est pas un mapping ; non importé</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no &quot;id&quot;; not imported</source>
        <translation>%1 « %2 » n’a pas d’« id » ; non importé</translation>
    </message>
    <message>
        <source>data asset &quot;%1&quot; does not exist</source>
        <translation>l’actif de données « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Actif de données</translation>
    </message>
    <message>
        <source>data asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant d’actif de données « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>Technical asset</source>
        <translation>Actif technique</translation>
    </message>
    <message>
        <source>technical asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant d’actif technique « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; is not a map; not imported</source>
        <translation>le lien de communication « %1 » n’est pas un mapping ; non importé</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; targets &quot;%2&quot;, which is not a technical asset; not imported</source>
        <translation>le lien de communication « %1 » vise « %2 », qui n’est pas un actif technique ; non importé</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; of &quot;%2&quot; is defined twice; the first one is kept</source>
        <translation>le lien de communication « %1 » de « %2 » est défini deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>trust boundary id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant de frontière de confiance « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; is nested in both &quot;%2&quot; and &quot;%3&quot;; the first is kept</source>
        <translation>la frontière de confiance « %1 » est imbriquée à la fois dans « %2 » et « %3 » ; la première est conservée</translation>
    </message>
    <message>
        <source>nested trust boundary &quot;%1&quot; does not exist</source>
        <translation>la frontière de confiance imbriquée « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; is nested in itself; placed at the top</source>
        <translation>la frontière de confiance « %1 » est imbriquée en elle-même ; placée au sommet</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; lists &quot;%2&quot;, which is not a technical asset</source>
        <translation>la frontière de confiance « %1 » liste « %2 », qui n’est pas un actif technique</translation>
    </message>
    <message>
        <source>Shared runtime</source>
        <translation>Environnement d’exécution partagé</translation>
    </message>
    <message>
        <source>shared runtime &quot;%1&quot; runs &quot;%2&quot;, which is not a technical asset</source>
        <translation>l’environnement d’exécution partagé « %1 » exécute « %2 », qui n’est pas un actif technique</translation>
    </message>
    <message>
        <source>risk category &quot;%1&quot; has no &quot;id&quot;; its risks are not imported</source>
        <translation>la catégorie de risque « %1 » n’a pas d’« id » ; ses risques ne sont pas importés</translation>
    </message>
    <message>
        <source>risk category &quot;%1&quot; has STRIDE &quot;%2&quot;, which is not understood; recorded as tampering</source>
        <translation>la catégorie de risque « %1 » a le STRIDE « %2 », non compris ; enregistrée comme tampering</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; is not a map; not imported</source>
        <translation>le risque « %1 » n’est pas un mapping ; non importé</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; names %2 &quot;%3&quot;, which does not exist</source>
        <translation>le risque « %1 » nomme %2 « %3 », qui n’existe pas</translation>
    </message>
    <message>
        <source>technical asset</source>
        <translation>actif technique</translation>
    </message>
    <message>
        <source>communication link</source>
        <translation>lien de communication</translation>
    </message>
    <message>
        <source>trust boundary</source>
        <translation>frontière de confiance</translation>
    </message>
    <message>
        <source>data asset</source>
        <translation>actif de données</translation>
    </message>
    <message>
        <source>Shared runtime: %1</source>
        <translation>Environnement d’exécution partagé : %1</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot;, likelihood &quot;%2&quot;, impact &quot;%3&quot;, data breach &quot;%4&quot; in the Threagile model</source>
        <translation>gravité « %1 », vraisemblance « %2 », impact « %3 », violation de données « %4 » dans le modèle Threagile</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; names no element of the model; kept without a target</source>
        <translation>le risque « %1 » ne nomme aucun élément du modèle ; conservé sans cible</translation>
    </message>
    <message>
        <source>risk tracking status &quot;%1&quot; is not understood; ignored</source>
        <translation>statut de suivi de risque « %1 » non compris ; ignoré</translation>
    </message>
    <message>
        <source>Threagile risk tracking &quot;%1&quot;</source>
        <translation>suivi de risque Threagile « %1 »</translation>
    </message>
    <message>
        <source>risk tracking &quot;%1&quot; (%2) is for risks Threagile&apos;s built-in rules find, which Threatwright does not run; it names no asset, so it is reported here only</source>
        <translation>le suivi de risque « %1 » (%2) concerne des risques trouvés par les règles intégrées de Threagile, que Threatwright n’exécute pas ; il ne nomme aucun actif et n’est donc signalé qu’ici</translation>
    </message>
    <message>
        <source>risk tracking &quot;%1&quot; (%2) is for risks Threagile&apos;s built-in rules find; kept as an attribute of %3</source>
        <translation>le suivi de risque « %1 » (%2) concerne des risques trouvés par les règles intégrées de Threagile ; conservé comme attribut de %3</translation>
    </message>
    <message>
        <source>not imported (no place in the model): %1</source>
        <translation>non importé (pas de place dans le modèle) : %1</translation>
    </message>
    <message>
        <source>the XML is nested too deeply or is too large</source>
        <translation>le XML est trop profondément imbriqué ou trop volumineux</translation>
    </message>
    <message>
        <source>not a Microsoft Threat Modeling Tool model: the root element is not ThreatModel</source>
        <translation>ce n’est pas un modèle Microsoft Threat Modeling Tool : l’élément racine n’est pas ThreatModel</translation>
    </message>
    <message>
        <source>line of type &quot;%1&quot; is not an element Threatwright knows; not imported</source>
        <translation>la ligne de type « %1 » n’est pas un élément connu de Threatwright ; non importée</translation>
    </message>
    <message>
        <source>a trust boundary without a Guid; not imported</source>
        <translation>une frontière de confiance sans Guid ; non importée</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; has no position or size; it encloses nothing</source>
        <translation>la frontière de confiance « %1 » n’a ni position ni taille ; elle n’englobe rien</translation>
    </message>
    <message>
        <source>element %1 appears twice; the first one is kept</source>
        <translation>l’élément %1 apparaît deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>an element without a Guid; not imported</source>
        <translation>un élément sans Guid ; non importé</translation>
    </message>
    <message>
        <source>Stencil</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>data flow &quot;%1&quot; is not connected to an element at both ends; not imported</source>
        <translation>le flux de données « %1 » n’est pas relié à un élément à ses deux extrémités ; non importé</translation>
    </message>
    <message>
        <source>threat category &quot;%1&quot; is not a STRIDE category; recorded as tampering</source>
        <translation>la catégorie de menace « %1 » n’est pas une catégorie STRIDE ; enregistrée comme tampering</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; in the Threat Modeling Tool model</source>
        <translation>priorité « %1 » dans le modèle Threat Modeling Tool</translation>
    </message>
    <message>
        <source>Threat Modeling Tool state &quot;%1&quot;</source>
        <translation>état Threat Modeling Tool « %1 »</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; refers to no element of the model; kept without a target</source>
        <translation>la menace « %1 » ne renvoie à aucun élément du modèle ; conservée sans cible</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB; not read</source>
        <translation>le fichier dépasse 256 Mo ; non lu</translation>
    </message>
    <message>
        <source>not readable XML: %1</source>
        <translation>XML illisible : %1</translation>
    </message>
    <message>
        <source>not a Threat Composer export: the top level is not a map</source>
        <translation>ce n’est pas un export Threat Composer : le niveau supérieur n’est pas un mapping</translation>
    </message>
    <message>
        <source>not a valid Threat Composer export: &quot;schema&quot; is missing; read as schema 1</source>
        <translation>export Threat Composer invalide : « schema » manque ; lu comme schéma 1</translation>
    </message>
    <message>
        <source>Threat Composer schema %1 is not one Threatwright knows (1); read as 1</source>
        <translation>Threatwright ne connaît pas le schéma Threat Composer %1 (1) ; lu comme 1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>the %1 diagram (an image of %2 KB) is not imported</source>
        <translation>le diagramme %1 (une image de %2 Ko) n’est pas importé</translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation link(s) point at no threat of the file (deleted threats); not imported</source>
        <translation>
            <numerusform>%n lien d’atténuation ne pointe vers aucune menace du fichier (menaces supprimées) ; non importé</numerusform>
            <numerusform>%n liens d’atténuation ne pointent vers aucune menace du fichier (menaces supprimées) ; non importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s) are linked to no threat; kept as an attribute of the application</source>
        <translation>
            <numerusform>%n atténuation n’est liée à aucune menace ; conservée comme attribut de l’application</numerusform>
            <numerusform>%n atténuations ne sont liées à aucune menace ; conservées comme attribut de l’application</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a map; ignored</source>
        <translation>%1 n’est pas un mapping ; ignoré</translation>
    </message>
    <message>
        <source>a metadata entry</source>
        <translation>une entrée de métadonnées</translation>
    </message>
    <message>
        <source>a mitigation without an &quot;id&quot;; not imported</source>
        <translation>une atténuation sans « id » ; non importée</translation>
    </message>
    <message>
        <source>mitigation id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>l’identifiant d’atténuation « %1 » est utilisé deux fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>a mitigation link</source>
        <translation>un lien d’atténuation</translation>
    </message>
    <message>
        <source>mitigation link names mitigation &quot;%1&quot;, which does not exist</source>
        <translation>le lien d’atténuation nomme l’atténuation « %1 », qui n’existe pas</translation>
    </message>
    <message>
        <source>an assumption link</source>
        <translation>un lien d’hypothèse</translation>
    </message>
    <message>
        <source>an assumption</source>
        <translation>une hypothèse</translation>
    </message>
    <message>
        <source>a threat without an &quot;id&quot;; not imported</source>
        <translation>une menace sans « id » ; non importée</translation>
    </message>
    <message>
        <source>Threat source</source>
        <translation>Source de la menace</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Threat action</source>
        <translation>Action de la menace</translation>
    </message>
    <message>
        <source>Threat impact</source>
        <translation>Impact de la menace</translation>
    </message>
    <message>
        <source>Impacted goals</source>
        <translation>Objectifs touchés</translation>
    </message>
    <message>
        <source>Impacted assets</source>
        <translation>Actifs touchés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>threat T-%1 has no STRIDE tag; recorded as tampering</source>
        <translation>la menace T-%1 n’a pas d’étiquette STRIDE ; enregistrée comme tampering</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot;, STRIDE %2 in Threat Composer</source>
        <translation>priorité « %1 », STRIDE %2 dans Threat Composer</translation>
    </message>
    <message>
        <source>Threat Composer status &quot;%1&quot;</source>
        <translation>statut Threat Composer « %1 »</translation>
    </message>
</context>
<context>
    <name>tw::Kubernetes</name>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Helm template (contains {{ … }}): skipped, render it first</source>
        <translation>modèle Helm (contient {{ … }}) : ignoré, faites-en d’abord le rendu</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Cluster Kubernetes</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>%1 port %2 of Service %3</source>
        <translation>%1 port %2 du Service %3</translation>
    </message>
    <message>
        <source>Ingress %1: %2%3</source>
        <translation>Ingress %1 : %2%3</translation>
    </message>
    <message>
        <source>via Service %1</source>
        <translation>via le Service %1</translation>
    </message>
</context>
<context>
    <name>tw::Layout</name>
    <message>
        <source>Graphviz could not be initialised</source>
        <translation>Graphviz n’a pas pu être initialisé</translation>
    </message>
    <message>
        <source>The trust boundaries nest in a cycle</source>
        <translation>Les frontières de confiance s’imbriquent en cycle</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with &quot;%1&quot;: %2</source>
        <translation>Graphviz n’a pas pu disposer le graphe avec « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>tw::Llm</name>
    <message>
        <source>it is not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>it has the unexpected field &quot;%1&quot;</source>
        <translation>il a le champ inattendu « %1 »</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>« %1 » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>its target &quot;%1&quot; is not an element of the neighbourhood it was shown</source>
        <translation>sa cible « %1 » n’est pas un élément du voisinage qui lui a été montré</translation>
    </message>
    <message>
        <source>its title is empty or longer than 160 characters</source>
        <translation>son titre est vide ou dépasse 160 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a STRIDE category</source>
        <translation>« %1 » n’est pas une catégorie STRIDE</translation>
    </message>
    <message>
        <source>its rationale or mitigation is longer than 1200 characters</source>
        <translation>sa justification ou son atténuation dépasse 1200 caractères</translation>
    </message>
    <message>
        <source>likelihood and impact must be whole numbers from 1 to 5</source>
        <translation>la vraisemblance et l’impact doivent être des nombres entiers de 1 à 5</translation>
    </message>
    <message>
        <source>&quot;cwe&quot; is not a list of at most 5 ids</source>
        <translation>« cwe » n’est pas une liste d’au plus 5 identifiants</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CWE id such as CWE-639</source>
        <translation>« %1 » n’est pas un identifiant CWE tel que CWE-639</translation>
    </message>
    <message>
        <source>The reply is not a JSON object (%1); nothing was taken from it</source>
        <translation>La réponse n’est pas un objet JSON (%1) ; rien n’en a été retenu</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>The reply does not follow the schema (it must be {&quot;threats&quot;: [...]} and nothing else); nothing was taken from it</source>
        <translation>La réponse ne suit pas le schéma (elle doit être {&quot;threats&quot;: [...]} et rien d’autre) ; rien n’en a été retenu</translation>
    </message>
    <message>
        <source>The reply has %1 threats; only the first %2 were considered</source>
        <translation>La réponse contient %1 menaces ; seules les %2 premières ont été prises en compte</translation>
    </message>
    <message>
        <source>Suggestion %1 was dropped: %2</source>
        <translation>La suggestion %1 a été rejetée : %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON (%1); nothing was taken from it</source>
        <translation>La réponse du serveur n’est pas du JSON (%1) ; rien n’en a été retenu</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no choices[0].message.content; it is not a chat completion</source>
        <translation>La réponse du serveur n’a pas de choices[0].message.content ; ce n’est pas une complétion de chat</translation>
    </message>
    <message>
        <source>The server stopped at its length limit; the reply may be cut short</source>
        <translation>Le serveur s’est arrêté à sa limite de longueur ; la réponse est peut-être tronquée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: it repeats the known finding &quot;%2&quot;</source>
        <translation>« %1 » a été rejetée : elle répète le constat connu « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: it repeats &quot;%2&quot; from the same answer</source>
        <translation>« %1 » a été rejetée : elle répète « %2 » de la même réponse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: the project already has this suggestion</source>
        <translation>« %1 » a été rejetée : le projet a déjà cette suggestion</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Impossible de lire le trousseau du système : %1</translation>
    </message>
    <message>
        <source>The key cannot be stored in the system keychain: %1</source>
        <translation>Impossible d’enregistrer la clé dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>API key from %1</source>
        <translation>Clé d’API issue de %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer; no API key is sent</source>
        <translation>Le trousseau du système n’a pas répondu ; aucune clé d’API n’est envoyée</translation>
    </message>
    <message>
        <source>; no API key is sent</source>
        <translation> ; aucune clé d’API n’est envoyée</translation>
    </message>
    <message>
        <source>No API key (none in %1 or the keychain)</source>
        <translation>Aucune clé d’API (ni dans %1 ni dans le trousseau)</translation>
    </message>
    <message>
        <source>API key from the system keychain</source>
        <translation>Clé d’API issue du trousseau du système</translation>
    </message>
</context>
<context>
    <name>tw::Manifests</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
</context>
<context>
    <name>tw::Model</name>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténuée</translation>
    </message>
    <message>
        <source>Resolved by change</source>
        <translation>Résolue par changement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Spoofing</source>
        <translation>Usurpation d’identité</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Falsification</translation>
    </message>
    <message>
        <source>Repudiation</source>
        <translation>Répudiation</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>Divulgation d’informations</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>Déni de service</translation>
    </message>
    <message>
        <source>Elevation of privilege</source>
        <translation>Élévation de privilèges</translation>
    </message>
</context>
<context>
    <name>tw::ModelJson</name>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>n’est pas une chaîne</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>is not true, false or null</source>
        <translation>ne vaut ni true, ni false, ni null</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n’est pas une liste</translation>
    </message>
    <message>
        <source>holds something that is not a string</source>
        <translation>contient autre chose qu’une chaîne</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation>a une valeur inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1 : le champ « %2 » %3</translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation>une entrée de liste n’est pas un objet</translation>
    </message>
    <message>
        <source>a source reference is not an object</source>
        <translation>une référence source n’est pas un objet</translation>
    </message>
    <message>
        <source>sources is not a list</source>
        <translation>sources n’est pas une liste</translation>
    </message>
    <message>
        <source>holds something that is not an object</source>
        <translation>contient autre chose qu’un objet</translation>
    </message>
    <message>
        <source>holds an alternative that is not a list</source>
        <translation>contient une alternative qui n’est pas une liste</translation>
    </message>
    <message>
        <source>is neither a list nor null</source>
        <translation>n’est ni une liste ni null</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>n’est pas une heure ISO 8601</translation>
    </message>
</context>
<context>
    <name>tw::OpenApi</name>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3); the last one wins</source>
        <translation>clé &apos;%1&apos; en double (d’abord à la ligne %2, colonne %3) ; la dernière l’emporte</translation>
    </message>
    <message>
        <source>document is larger than %1 bytes</source>
        <translation>le document dépasse %1 octets</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>séquence d’octets UTF-8 invalide</translation>
    </message>
    <message>
        <source>empty JSON document</source>
        <translation>document JSON vide</translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>contenu inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>littéral invalide</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>échappement \u invalide</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement invalide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin de l’entrée inattendue</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>clé de type chaîne attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>invalid string</source>
        <translation>chaîne invalide</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON invalide</translation>
    </message>
    <message>
        <source>out of memory while parsing JSON</source>
        <translation>mémoire épuisée pendant l’analyse du JSON</translation>
    </message>
    <message>
        <source>alias &apos;*%1&apos; refers to an undefined or enclosing anchor</source>
        <translation>l’alias &apos;*%1&apos; renvoie à une ancre non définie ou englobante</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 nodes (alias bomb?)</source>
        <translation>les alias se développent en plus de %1 nœuds (bombe d’alias ?)</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <source>YAML error: %1</source>
        <translation>erreur YAML : %1</translation>
    </message>
    <message>
        <source>YAML error: out of memory</source>
        <translation>erreur YAML : mémoire épuisée</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>cannot load referenced file: %1</source>
        <translation>impossible de charger le fichier référencé : %1</translation>
    </message>
    <message>
        <source>the specification is outside the import root %1</source>
        <translation>la spécification est hors de la racine d’import %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>$ref nesting is too deep; not followed</source>
        <translation>imbrication de $ref trop profonde ; non suivie</translation>
    </message>
    <message>
        <source>circular $ref &apos;%1&apos; refers to itself</source>
        <translation>la $ref circulaire &apos;%1&apos; renvoie à elle-même</translation>
    </message>
    <message>
        <source>$ref chain is too long; not followed</source>
        <translation>chaîne de $ref trop longue ; non suivie</translation>
    </message>
    <message>
        <source>refused $ref &apos;%1&apos;: only local files inside the import root are followed, never URLs</source>
        <translation>$ref &apos;%1&apos; refusée : seuls les fichiers locaux dans la racine d’import sont suivis, jamais les URL</translation>
    </message>
    <message>
        <source>refused $ref &apos;%1&apos;: it leaves the import root</source>
        <translation>$ref &apos;%1&apos; refusée : elle sort de la racine d’import</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: file not found</source>
        <translation>$ref &apos;%1&apos; : fichier introuvable</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: the referenced file is empty</source>
        <translation>$ref &apos;%1&apos; : le fichier référencé est vide</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: target not found</source>
        <translation>$ref &apos;%1&apos; : cible introuvable</translation>
    </message>
    <message>
        <source>$ref fragment &apos;%1&apos; is not a JSON pointer (anchors are not supported)</source>
        <translation>le fragment de $ref &apos;%1&apos; n’est pas un pointeur JSON (les ancres ne sont pas prises en charge)</translation>
    </message>
    <message>
        <source>%1 webhook receivers</source>
        <translation>récepteurs de webhooks de %1</translation>
    </message>
    <message>
        <source>%1 callback receivers</source>
        <translation>récepteurs de callbacks de %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not an OpenAPI or Swagger document: the top level is not a mapping</source>
        <translation>ce n’est pas un document OpenAPI ou Swagger : le niveau supérieur n’est pas un mapping</translation>
    </message>
    <message>
        <source>not an OpenAPI or Swagger document: neither &apos;openapi&apos; nor &apos;swagger&apos; is set</source>
        <translation>ce n’est pas un document OpenAPI ou Swagger : ni &apos;openapi&apos; ni &apos;swagger&apos; n’est défini</translation>
    </message>
    <message>
        <source>unsupported specification version &apos;%1&apos;; importing anyway</source>
        <translation>version de spécification &apos;%1&apos; non prise en charge ; importée quand même</translation>
    </message>
</context>
<context>
    <name>tw::Project</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Threatwright project: the file is empty</source>
        <translation>%1 n’est pas un projet Threatwright : le fichier est vide</translation>
    </message>
    <message>
        <source>%1 is not a Threatwright project (it is not an SQLite database)</source>
        <translation>%1 n’est pas un projet Threatwright (ce n’est pas une base SQLite)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Threatwright project</source>
        <translation>%1 est une base SQLite mais pas un projet Threatwright</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Threatwright (project format %2; this version reads formats up to %3). Open it with a newer Threatwright.</source>
        <translation>%1 a été écrit par une version plus récente de Threatwright (format de projet %2 ; cette version lit les formats jusqu’à %3). Ouvrez-le avec un Threatwright plus récent.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no project format version</source>
        <translation>%1 est endommagé : il n’a pas de version de format de projet</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid</source>
        <translation>%1 est endommagé : son en-tête est invalide</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes present)</source>
        <translation>%1 est endommagé : le fichier est tronqué (%2 octets présents sur %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Storing the texts of threat &quot;%1&quot; failed</source>
        <translation>L’enregistrement des textes de la menace « %1 » a échoué</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>La lecture du journal d’audit a échoué</translation>
    </message>
    <message>
        <source>Appending to the audit trail failed</source>
        <translation>L’ajout au journal d’audit a échoué</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the table &quot;%2&quot; is missing</source>
        <translation>%1 est endommagé : la table « %2 » manque</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation>%1 existe déjà ; choisissez un autre nom ou ouvrez-le</translation>
    </message>
    <message>
        <source>Writing the project metadata failed</source>
        <translation>L’écriture des métadonnées du projet a échoué</translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes: %2. Nothing in it was changed.</source>
        <translation>Impossible d’ouvrir %1 en modification : %2. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation>Le projet est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>l’entrée %1 manque (l’entrée suivante est %2)</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>l’entrée %1 n’est pas chaînée à l’entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its content)</source>
        <translation>l’entrée %1 a été modifiée après son écriture (son hachage ne correspond pas à son contenu)</translation>
    </message>
    <message>
        <source>the audit trail is empty: the project&apos;s creation must be its first entry</source>
        <translation>le journal d’audit est vide : la création du projet doit en être la première entrée</translation>
    </message>
    <message>
        <source>Reading the versions failed</source>
        <translation>La lecture des versions a échoué</translation>
    </message>
    <message>
        <source>There is no version %1 in this project</source>
        <translation>Ce projet n’a pas de version %1</translation>
    </message>
    <message>
        <source>The new version was not saved; the project still holds its last saved version. %1</source>
        <translation>La nouvelle version n’a pas été enregistrée ; le projet conserve sa dernière version enregistrée. %1</translation>
    </message>
    <message>
        <source>Creating the version failed</source>
        <translation>La création de la version a échoué</translation>
    </message>
    <message>
        <source>Recording the inputs failed</source>
        <translation>L’enregistrement des entrées a échoué</translation>
    </message>
    <message>
        <source>Storing %1 &quot;%2&quot; failed</source>
        <translation>L’enregistrement de %1 « %2 » a échoué</translation>
    </message>
    <message>
        <source>Storing the import problems failed</source>
        <translation>L’enregistrement des problèmes d’import a échoué</translation>
    </message>
    <message>
        <source>A threat without a fingerprint cannot be stored (%1)</source>
        <translation>Une menace sans empreinte ne peut pas être enregistrée (%1)</translation>
    </message>
    <message>
        <source>Reading the triage history failed</source>
        <translation>La lecture de l’historique de triage a échoué</translation>
    </message>
    <message>
        <source>Reading the previous version failed</source>
        <translation>La lecture de la version précédente a échoué</translation>
    </message>
    <message>
        <source>The finding is no longer present in version %1</source>
        <translation>Le constat n’est plus présent dans la version %1</translation>
    </message>
    <message>
        <source>Storing threat &quot;%1&quot; failed</source>
        <translation>L’enregistrement de la menace « %1 » a échoué</translation>
    </message>
    <message>
        <source>Recording the suppression of &quot;%1&quot; failed</source>
        <translation>L’enregistrement de la suppression de « %1 » a échoué</translation>
    </message>
    <message>
        <source>Carrying threat &quot;%1&quot; forward failed</source>
        <translation>Le report de la menace « %1 » a échoué</translation>
    </message>
    <message>
        <source>A stored threat is damaged: %1</source>
        <translation>Une menace enregistrée est endommagée : %1</translation>
    </message>
    <message>
        <source>A stored threat is damaged: its stride or severity is unknown</source>
        <translation>Une menace enregistrée est endommagée : sa catégorie STRIDE ou sa gravité est inconnue</translation>
    </message>
    <message>
        <source>A stored decision has an unknown status &quot;%1&quot;</source>
        <translation>Une décision enregistrée a un statut inconnu « %1 »</translation>
    </message>
    <message>
        <source>Suppressed by #%1: %2</source>
        <translation>Supprimée par n°%1 : %2</translation>
    </message>
    <message>
        <source>A stored element of version %1 is damaged: %2</source>
        <translation>Un élément enregistré de la version %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Reading version %1 failed</source>
        <translation>La lecture de la version %1 a échoué</translation>
    </message>
    <message>
        <source>Reading the threats failed</source>
        <translation>La lecture des menaces a échoué</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to name a threat: give at least 6 characters of its fingerprint</source>
        <translation>« %1 » est trop court pour désigner une menace : indiquez au moins 6 caractères de son empreinte</translation>
    </message>
    <message>
        <source>No threat in version %1 has a fingerprint starting with &quot;%2&quot;</source>
        <translation>Aucune menace de la version %1 n’a d’empreinte commençant par « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one threat; give more characters of the fingerprint</source>
        <translation>« %1 » désigne plus d’une menace ; indiquez davantage de caractères de l’empreinte</translation>
    </message>
    <message>
        <source>Reading the decision failed</source>
        <translation>La lecture de la décision a échoué</translation>
    </message>
    <message>
        <source>Writing the decision failed</source>
        <translation>L’écriture de la décision a échoué</translation>
    </message>
    <message>
        <source>The decision was not saved; the threat keeps its previous state. %1</source>
        <translation>La décision n’a pas été enregistrée ; la menace garde son état précédent. %1</translation>
    </message>
    <message>
        <source>Dismissing or accepting a threat needs a reason</source>
        <translation>Écarter ou accepter une menace requiert un motif</translation>
    </message>
    <message>
        <source>Priority must be between 1 (most urgent) and 4</source>
        <translation>La priorité doit être comprise entre 1 (la plus urgente) et 4</translation>
    </message>
    <message>
        <source>This threat was resolved by a change and is no longer in the model</source>
        <translation>Cette menace a été résolue par un changement et n’est plus dans le modèle</translation>
    </message>
    <message>
        <source>A manual threat needs a title</source>
        <translation>Une menace manuelle requiert un titre</translation>
    </message>
    <message>
        <source>A manual threat needs at least one target element</source>
        <translation>Une menace manuelle requiert au moins un élément cible</translation>
    </message>
    <message>
        <source>The project has no version yet: import something first</source>
        <translation>Le projet n’a pas encore de version : importez d’abord quelque chose</translation>
    </message>
    <message>
        <source>Severity set by %1 when recording the threat</source>
        <translation>Gravité fixée par %1 lors de l’enregistrement de la menace</translation>
    </message>
    <message>
        <source>The same manual threat is already recorded (%1)</source>
        <translation>La même menace manuelle est déjà enregistrée (%1)</translation>
    </message>
    <message>
        <source>Recording the threat failed</source>
        <translation>L’enregistrement de la menace a échoué</translation>
    </message>
    <message>
        <source>A suggested threat needs a fingerprint, a title and a target (%1)</source>
        <translation>Une menace suggérée requiert une empreinte, un titre et une cible (%1)</translation>
    </message>
    <message>
        <source>Only a suggestion provider&apos;s threats are added this way (origin &quot;%1&quot;)</source>
        <translation>Seules les menaces d’un fournisseur de suggestions sont ajoutées de cette façon (origine « %1 »)</translation>
    </message>
    <message>
        <source>Suggested by %1; not validated by a person</source>
        <translation>Suggérée par %1 ; non validée par une personne</translation>
    </message>
    <message>
        <source>Reading the suppressions failed</source>
        <translation>La lecture des suppressions a échoué</translation>
    </message>
    <message>
        <source>Recording the suppression failed</source>
        <translation>L’enregistrement de la suppression a échoué</translation>
    </message>
    <message>
        <source>A suppression needs a reason</source>
        <translation>Une suppression requiert un motif</translation>
    </message>
    <message>
        <source>The expiry %1 is already past</source>
        <translation>L’échéance %1 est déjà passée</translation>
    </message>
    <message>
        <source>A suppression needs a rule (an id or a pattern such as TW-K8S-*)</source>
        <translation>Une suppression requiert une règle (un identifiant ou un motif tel que TW-K8S-*)</translation>
    </message>
    <message>
        <source>A suppression needs an element pattern (an id, a name or a glob such as ep:orders:*)</source>
        <translation>Une suppression requiert un motif d’élément (un identifiant, un nom ou un glob tel que ep:orders:*)</translation>
    </message>
    <message>
        <source>A suppression of every rule on every element would hide the whole model; narrow it</source>
        <translation>Une suppression de toutes les règles sur tous les éléments masquerait tout le modèle ; restreignez-la</translation>
    </message>
    <message>
        <source>Revoking a suppression needs a reason</source>
        <translation>Révoquer une suppression requiert un motif</translation>
    </message>
    <message>
        <source>There is no suppression #%1</source>
        <translation>Il n’y a pas de suppression n°%1</translation>
    </message>
    <message>
        <source>Suppression #%1 was already revoked on %2</source>
        <translation>La suppression n°%1 a déjà été révoquée le %2</translation>
    </message>
    <message>
        <source>Revoking the suppression failed</source>
        <translation>La révocation de la suppression a échoué</translation>
    </message>
    <message>
        <source>Upgrading the project to format %1 failed: %2</source>
        <translation>La mise à niveau du projet au format %1 a échoué : %2</translation>
    </message>
    <message>
        <source>its JSON is missing or not text</source>
        <translation>son JSON est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its JSON is invalid (%1 at byte %2)</source>
        <translation>son JSON est invalide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>its JSON is not an object</source>
        <translation>son JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>A stored threat is damaged (%1): %2</source>
        <translation>Une menace enregistrée est endommagée (%1) : %2</translation>
    </message>
    <message>
        <source>its fingerprint or title is not text</source>
        <translation>son empreinte ou son titre n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its severity is not a number</source>
        <translation>sa gravité n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>its score is not a number</source>
        <translation>son score n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>its new/resolved flags are not numbers</source>
        <translation>ses indicateurs nouveau/résolu ne sont pas des nombres</translation>
    </message>
    <message>
        <source>its rationale and mitigation are missing</source>
        <translation>sa justification et sa mesure d&apos;atténuation sont absentes</translation>
    </message>
    <message>
        <source>its decision&apos;s priority is not 1 to 4</source>
        <translation>la priorité de sa décision n&apos;est pas comprise entre 1 et 4</translation>
    </message>
    <message>
        <source>its decision&apos;s expiry is not a time</source>
        <translation>l&apos;échéance de sa décision n&apos;est pas une date</translation>
    </message>
    <message>
        <source>The texts of a stored threat are damaged (%1): %2</source>
        <translation>Les textes d&apos;une menace enregistrée sont endommagés (%1) : %2</translation>
    </message>
    <message>
        <source>A stored decision is damaged: its priority is not 1 to 4</source>
        <translation>Une décision enregistrée est endommagée : sa priorité n&apos;est pas comprise entre 1 et 4</translation>
    </message>
    <message>
        <source>A stored decision is damaged: its expiry is not a time</source>
        <translation>Une décision enregistrée est endommagée : son échéance n&apos;est pas une date</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>cannot create the reference schema</source>
        <translation>impossible de créer le schéma de référence</translation>
    </message>
    <message>
        <source>unknown project format %1</source>
        <translation>format de projet inconnu %1</translation>
    </message>
    <message>
        <source>this SQLite library cannot be made to distrust the project file&apos;s schema</source>
        <translation>cette bibliothèque SQLite ne permet pas de se méfier du schéma du fichier de projet</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its write-ahead log disagree about what it is</source>
        <translation>%1 est endommagé : son en-tête et son journal d&apos;écriture anticipée se contredisent sur sa nature</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>%1 was changed outside Threatwright: its %2 &quot;%3&quot; is not one Threatwright creates. The file is not opened, because SQL stored in a project file could run when the project is read or written.</source>
        <translation>%1 a été modifié en dehors de Threatwright : son objet %2 « %3 » n&apos;est pas créé par Threatwright. Le fichier n&apos;est pas ouvert, car du SQL enregistré dans un fichier de projet pourrait s&apos;exécuter à la lecture ou à l&apos;écriture du projet.</translation>
    </message>
    <message>
        <source>%1 was changed outside Threatwright: the definition of its %2 &quot;%3&quot; is not the one Threatwright creates, so the file is not opened.</source>
        <translation>%1 a été modifié en dehors de Threatwright : la définition de son objet %2 « %3 » n&apos;est pas celle que crée Threatwright ; le fichier n&apos;est donc pas ouvert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 &quot;%3&quot; is missing</source>
        <translation>%1 est endommagé : son objet %2 « %3 » est absent</translation>
    </message>
    <message>
        <source>The decisions were not saved; the threats keep their previous state. %1</source>
        <translation>Les décisions n’ont pas été enregistrées ; les menaces gardent leur état précédent. %1</translation>
    </message>
    <message>
        <source>No decision was recorded: %1</source>
        <translation>Aucune décision n’a été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>tw::Reconcile</name>
    <message>
        <source>%1 publishes port %2</source>
        <translation>%1 publie le port %2</translation>
    </message>
    <message>
        <source>%1 is addressed as %2:%3</source>
        <translation>%1 est adressé comme %2:%3</translation>
    </message>
    <message>
        <source>%1 is addressed as %2</source>
        <translation>%1 est adressé comme %2</translation>
    </message>
    <message>
        <source>an Ingress routes %1 to %2</source>
        <translation>un Ingress achemine %1 vers %2</translation>
    </message>
    <message>
        <source>the relative server %1 is %2&apos;s own; the spec is in its folder</source>
        <translation>le serveur relatif %1 appartient à %2 ; la spécification est dans son dossier</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; names no server; it is not attached to any service</source>
        <translation>l’API « %1 » ne nomme aucun serveur ; elle n’est rattachée à aucun service</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is not attached to any service: no service matches its servers (%2)</source>
        <translation>l’API « %1 » n’est rattachée à aucun service : aucun service ne correspond à ses serveurs (%2)</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is not attached: its servers match several services (%2)</source>
        <translation>l’API « %1 » n’est pas rattachée : ses serveurs correspondent à plusieurs services (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) matches no compose or Kubernetes service by name; kept as a component of its own</source>
        <translation>%1 (%2) ne correspond par son nom à aucun service compose ou Kubernetes ; conservé comme composant à part entière</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is served by %2: %3</source>
        <translation>l’API « %1 » est servie par %2 : %3</translation>
    </message>
    <message>
        <source>%1 is built by several compose services (%2); kept apart</source>
        <translation>%1 est construit par plusieurs services compose (%2) ; gardés séparés</translation>
    </message>
    <message>
        <source>%1 is the Route 53 record %2 of load balancer %3, which forwards only to %4</source>
        <translation>%1 est l’enregistrement Route 53 %2 de l’équilibreur de charge %3, qui ne transmet qu’à %4</translation>
    </message>
    <message>
        <source>%1 is load balancer %2, which forwards to %3</source>
        <translation>%1 est l’équilibreur de charge %2, qui transmet à %3</translation>
    </message>
    <message>
        <source>its container %1 runs %2, the image of %3</source>
        <translation>son conteneur %1 exécute %2, l’image de %3</translation>
    </message>
    <message>
        <source>its container is called %1, like %2</source>
        <translation>son conteneur s’appelle %1, comme %2</translation>
    </message>
    <message>
        <source>%1 runs no container that a compose or Kubernetes service names (by name or image); kept apart</source>
        <translation>%1 n’exécute aucun conteneur qu’un service compose ou Kubernetes désigne (par nom ou image) ; gardé à part</translation>
    </message>
    <message>
        <source>%1 is not merged: its containers match several services (%2)</source>
        <translation>%1 n’est pas fusionné : ses conteneurs correspondent à plusieurs services (%2)</translation>
    </message>
    <message>
        <source>it runs the task definition %1</source>
        <translation>il exécute la définition de tâche %1</translation>
    </message>
    <message>
        <source>%1 of %2 names %3 locally and %4 in Terraform</source>
        <translation>%1 de %2 désigne %3 en local et %4 dans Terraform</translation>
    </message>
    <message>
        <source>%1 is not merged: the environment ties it, or the store it names, to more than one counterpart (%2)</source>
        <translation>%1 n’est pas fusionné : l’environnement le relie, ou relie le stockage qu’il désigne, à plus d’un homologue (%2)</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 est %2 : %3</translation>
    </message>
</context>
<context>
    <name>tw::Report</name>
    <message>
        <source>Threat model: %1, version %2</source>
        <translation>Modèle de menaces : %1, version %2</translation>
    </message>
    <message>
        <source>Threat model: %1</source>
        <translation>Modèle de menaces : %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · generated %3 UTC by Threatwright %4</source>
        <translation>Version %1 de %2 · générée le %3 UTC par Threatwright %4</translation>
    </message>
    <message>
        <source>Scope and inputs</source>
        <translation>Périmètre et entrées</translation>
    </message>
    <message>
        <source>System diagram</source>
        <translation>Diagramme du système</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Attack paths</source>
        <translation>Chemins d’attaque</translation>
    </message>
    <message>
        <source>Triage decisions</source>
        <translation>Décisions de triage</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Changements depuis la version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Révision git</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 components, %2 trust boundaries, %3 entry points, %4 data flows, %5 data assets, %6 threats</source>
        <translation>%1 composants, %2 frontières de confiance, %3 points d’entrée, %4 flux de données, %5 actifs de données, %6 menaces</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The model has no components.</source>
        <translation>Le modèle n’a pas de composants.</translation>
    </message>
    <message>
        <source>The diagram could not be laid out: %1</source>
        <translation>Le diagramme n’a pas pu être disposé : %1</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Frontière</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Frontières de confiance</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l’intérieur</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Points d’entrée</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Actifs de données</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>No threats in this version.</source>
        <translation>Aucune menace dans cette version.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>No attack paths in this version.</source>
        <translation>Aucun chemin d’attaque dans cette version.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hash chain verified: all %1 entries are intact.</source>
        <translation>Chaîne de hachage vérifiée : les %1 entrées sont intactes.</translation>
    </message>
    <message>
        <source>Hash chain BROKEN at entry %1: %2</source>
        <translation>Chaîne de hachage ROMPUE à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Threat change</source>
        <translation>Changement de menace</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Revision `%1`. </source>
        <translation>Révision `%1`. </translation>
    </message>
    <message>
        <source>%1 components, %2 entry points, %3 flows, %4 data assets; %5 threats.

</source>
        <translation>%1 composants, %2 points d’entrée, %3 flux, %4 actifs de données ; %5 menaces.

</translation>
    </message>
    <message>
        <source>### What changed in the architecture (since version %1)

</source>
        <translation>### Ce qui a changé dans l’architecture (depuis la version %1)

</translation>
    </message>
    <message>
        <source>| | added | removed | changed |
|---|---|---|---|
</source>
        <translation>| | ajoutés | supprimés | modifiés |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>- … and %1 more
</source>
        <translation>- … et %1 de plus
</translation>
    </message>
    <message>
        <source>### New threats (%1)

</source>
        <translation>### Nouvelles menaces (%1)

</translation>
    </message>
    <message>
        <source>None.

</source>
        <translation>Aucune.

</translation>
    </message>
    <message>
        <source>| severity | threat | evidence | status |
|---|---|---|---|
</source>
        <translation>| gravité | menace | preuve | statut |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
… and %1 more; see the full report.
</source>
        <translation>
… et %1 de plus ; voir le rapport complet.
</translation>
    </message>
    <message>
        <source>### Decisions carried over (%1)

</source>
        <translation>### Décisions reportées (%1)

</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain verified.
</source>
        <translation>Journal d’audit : %1 entrées, chaîne de hachage vérifiée.
</translation>
    </message>
    <message>
        <source>**Audit trail broken at entry %1**: %2
</source>
        <translation>**Journal d’audit rompu à l’entrée %1** : %2
</translation>
    </message>
    <message>
        <source>Boxes are components (thick border: internet-facing), dashed frames trust boundaries, arrows data flows (dashed orange: not encrypted); a badge counts the open threats of a component, coloured by the highest severity.</source>
        <translation>Les boîtes sont des composants (bordure épaisse : exposé à Internet), les cadres en tirets des frontières de confiance, les flèches des flux de données (tirets orange : non chiffré) ; un badge compte les menaces ouvertes d’un composant, coloré selon la gravité la plus haute.</translation>
    </message>
    <message>
        <source>The diagram is too large for one page at a readable size; it is split into %1 parts, numbered on this overview and shown on the following pages.</source>
        <translation>Le diagramme est trop grand pour tenir sur une page à une taille lisible ; il est découpé en %1 parties, numérotées sur cette vue d’ensemble et présentées sur les pages suivantes.</translation>
    </message>
    <message>
        <source>System diagram, part %1 of %2 (row %3, column %4)</source>
        <translation>Diagramme du système, partie %1 sur %2 (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF report needs fonts: it can only be written by an application with a QGuiApplication.</source>
        <translation>Le rapport PDF a besoin de polices : seule une application dotée d’une QGuiApplication peut l’écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n menace</numerusform>
            <numerusform>%n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not yet triaged</source>
        <translation>%1 pas encore triées</translation>
    </message>
    <message>
        <source>audit trail verified</source>
        <translation>journal d’audit vérifié</translation>
    </message>
    <message>
        <source>audit trail BROKEN</source>
        <translation>journal d’audit ROMPU</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>No inputs recorded.</source>
        <translation>Aucune entrée enregistrée.</translation>
    </message>
    <message>
        <source>No triage decisions yet.</source>
        <translation>Aucune décision de triage pour l’instant.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>Le PDF n’a pas pu créer de nouvelle page.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The project has no versions yet: import something first</source>
        <translation>Le projet n’a pas encore de versions : importez d’abord quelque chose</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>tw::Secrets</name>
    <message>
        <source>AWS access key ID</source>
        <translation>ID de clé d’accès AWS</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>clé d’accès secrète AWS</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>clé d’API Google</translation>
    </message>
    <message>
        <source>Google Cloud service-account key</source>
        <translation>clé de compte de service Google Cloud</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>clé de compte de stockage Azure</translation>
    </message>
    <message>
        <source>Azure shared access key</source>
        <translation>clé d’accès partagé Azure</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>jeton GitHub</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>jeton Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook Slack</translation>
    </message>
    <message>
        <source>Stripe live key</source>
        <translation>clé live Stripe</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>clé d’API Anthropic</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>mot de passe dans une URL</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>secret value</source>
        <translation>valeur secrète</translation>
    </message>
</context>
<context>
    <name>tw::SourceCode</name>
    <message>
        <source>OpenAI API</source>
        <translation>API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API</source>
        <translation>API Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini API</source>
        <translation>API Google Gemini</translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation>Google Vertex AI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Cohere API</source>
        <translation>API Cohere</translation>
    </message>
    <message>
        <source>Mistral API</source>
        <translation>API Mistral</translation>
    </message>
    <message>
        <source>Groq API</source>
        <translation>API Groq</translation>
    </message>
    <message>
        <source>Replicate API</source>
        <translation>API Replicate</translation>
    </message>
    <message>
        <source>Hugging Face Inference</source>
        <translation>Hugging Face Inference</translation>
    </message>
    <message>
        <source>Ollama model server</source>
        <translation>serveur de modèles Ollama</translation>
    </message>
    <message>
        <source>OpenAI-compatible model API</source>
        <translation>API de modèle compatible OpenAI</translation>
    </message>
    <message>
        <source>LLM service (through LangChain)</source>
        <translation>service LLM (via LangChain)</translation>
    </message>
    <message>
        <source>LLM service (through LlamaIndex)</source>
        <translation>service LLM (via LlamaIndex)</translation>
    </message>
    <message>
        <source>LLM service (through LiteLLM)</source>
        <translation>service LLM (via LiteLLM)</translation>
    </message>
    <message>
        <source>LLM service (through Semantic Kernel)</source>
        <translation>service LLM (via Semantic Kernel)</translation>
    </message>
    <message>
        <source>LLM service (through Spring AI)</source>
        <translation>service LLM (via Spring AI)</translation>
    </message>
    <message>
        <source>consumes %1</source>
        <translation>consomme %1</translation>
    </message>
    <message>
        <source>HTTP calls</source>
        <translation>appels HTTP</translation>
    </message>
    <message>
        <source>broker connection</source>
        <translation>connexion au broker</translation>
    </message>
    <message>
        <source>database connection</source>
        <translation>connexion à la base de données</translation>
    </message>
    <message>
        <source>LLM requests</source>
        <translation>requêtes LLM</translation>
    </message>
</context>
<context>
    <name>tw::Terraform</name>
    <message>
        <source>A Terraform JSON file must contain an object</source>
        <translation>Un fichier JSON Terraform doit contenir un objet</translation>
    </message>
    <message>
        <source>Cycle between local values: local.%1 depends on itself</source>
        <translation>Cycle entre valeurs locales : local.%1 dépend de lui-même</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>The import root does not exist</source>
        <translation>La racine d’import n’existe pas</translation>
    </message>
    <message>
        <source>The input lies outside the import root</source>
        <translation>L’entrée se trouve hors de la racine d’import</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Refusing to read a file outside the import root</source>
        <translation>Refus de lire un fichier hors de la racine d’import</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; has a hard-coded value that looks like a %2 (%3); keep secrets out of the configuration</source>
        <translation>La variable « %1 » a une valeur codée en dur qui ressemble à un(e) %2 (%3) ; gardez les secrets hors de la configuration</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has hard-coded credentials</source>
        <translation>Le provider « %1 » a des identifiants codés en dur</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no static source; not imported</source>
        <translation>Le module « %1 » n’a pas de source statique ; non importé</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;: source &quot;%2&quot; lies outside the import root; not read</source>
        <translation>Module « %1 » : la source « %2 » est hors de la racine d’import ; non lue</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;: source &quot;%2&quot; not found</source>
        <translation>Module « %1 » : source « %2 » introuvable</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; calls itself (directly or through other modules); not expanded</source>
        <translation>Le module « %1 » s’appelle lui-même (directement ou via d’autres modules) ; non développé</translation>
    </message>
    <message>
        <source>Duplicate resource &quot;%1&quot;; only the first declaration is imported</source>
        <translation>Ressource « %1 » en double ; seule la première déclaration est importée</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>tw::Walker</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>erreur libgit2 inconnue</translation>
    </message>
    <message>
        <source>symbolic link leaves the import root; not followed</source>
        <translation>le lien symbolique sort de la racine d’import ; non suivi</translation>
    </message>
    <message>
        <source>symbolic link to a folder; not followed</source>
        <translation>lien symbolique vers un dossier ; non suivi</translation>
    </message>
    <message>
        <source>larger than %1 MB; skipped</source>
        <translation>plus de %1 Mo ; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1: the git index cannot be read: %2</source>
        <translation>%1 : impossible de lire l’index git : %2</translation>
    </message>
    <message>
        <source>%1 cannot be walked: %2</source>
        <translation>impossible de parcourir %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) left out by .gitignore or as dependency/build folders</source>
        <translation>
            <numerusform>%n fichier ou dossier écarté par .gitignore ou comme dossier de dépendances/de build</numerusform>
            <numerusform>%n fichiers ou dossiers écartés par .gitignore ou comme dossiers de dépendances/de build</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::analysis::llm::ChatClient</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (raise the timeout for slow local models)</source>
        <translation>pas de réponse complète en %1 s (augmentez le délai pour les modèles locaux lents)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>tw::analysis::llm::Suggester</name>
    <message>
        <source>%1: attempt %2 failed (%3); retrying in %4 ms</source>
        <translation>%1 : la tentative %2 a échoué (%3) ; nouvel essai dans %4 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: there is no such component in the version</source>
        <translation>%1 : ce composant n’existe pas dans la version</translation>
    </message>
    <message>
        <source>%1: the server refused response_format; asking again with the schema in the instructions</source>
        <translation>%1 : le serveur a refusé response_format ; nouvelle requête avec le schéma dans les instructions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Suggested by the language model %1 from a redacted summary; likelihood and impact are its estimate. Validate before relying on it.</source>
        <translation>Suggérée par le modèle de langage %1 à partir d’un résumé expurgé ; la vraisemblance et l’impact sont son estimation. À valider avant de s’y fier.</translation>
    </message>
</context>
<context>
    <name>tw::report</name>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>JSON (full model and threats)</source>
        <translation>JSON (modèle complet et menaces)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation>SARIF 2.1.0</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Résumé Markdown</translation>
    </message>
    <message>
        <source>CSV for issue trackers</source>
        <translation>CSV pour les gestionnaires de tickets</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; use one of %2</source>
        <translation>Format de rapport inconnu « %1 » ; utilisez l’un de %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>tw::store::WalSyncer</name>
    <message>
        <source>The changes to %1 could not be written to disk: %2</source>
        <translation>Les modifications de %1 n’ont pas pu être écrites sur le disque : %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditLoader</name>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Verifying %1 entries…</source>
        <translation>Vérification de %1 entrées…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditTableModel</name>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Position of the entry in the hash chain</source>
        <translation>Position de l’entrée dans la chaîne de hachage</translation>
    </message>
    <message>
        <source>When the entry was written, in local time</source>
        <translation>Quand l’entrée a été écrite, en heure locale</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The chain is broken at this entry</source>
        <translation>La chaîne est rompue à cette entrée</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditTrailPanel</name>
    <message>
        <source>Filter by actor, action, subject or reason</source>
        <translation>Filtrer par acteur, action, sujet ou motif</translation>
    </message>
    <message>
        <source>✔ Chain intact (entries: %1)</source>
        <translation>✔ Chaîne intacte (entrées : %1)</translation>
    </message>
    <message>
        <source>Every entry links to the one before it and matches its hash.</source>
        <translation>Chaque entrée est chaînée à la précédente et correspond à son hachage.</translation>
    </message>
    <message>
        <source>✘ Broken at entry %1</source>
        <translation>✘ Rompue à l’entrée %1</translation>
    </message>
    <message>
        <source>✘ Cannot verify</source>
        <translation>✘ Vérification impossible</translation>
    </message>
    <message>
        <source>The trail is read and its hash chain checked in the background; the window stays usable.</source>
        <translation>Le journal est lu et sa chaîne de hachage vérifiée en arrière-plan ; la fenêtre reste utilisable.</translation>
    </message>
</context>
<context>
    <name>tw::ui::BoundaryItem</name>
    <message>
        <source>Trust boundary (%1)</source>
        <translation>Frontière de confiance (%1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::CollapsedBoundaryItem</name>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n frontière</numerusform>
            <numerusform>%n frontières</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapsed trust boundary (%1)</source>
        <translation>Frontière de confiance repliée (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) inside</source>
        <translation>
            <numerusform>%n flux à l’intérieur</numerusform>
            <numerusform>%n flux à l’intérieur</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or Ctrl+Shift+C to expand</source>
        <translation>Double-clic ou Ctrl+Maj+C pour déplier</translation>
    </message>
</context>
<context>
    <name>tw::ui::CompareWindow</name>
    <message>
        <source>Compare Versions — Threatwright</source>
        <translation>Comparer des versions — Threatwright</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>Older version&apos;s graph</source>
        <translation>Graphe de la version la plus ancienne</translation>
    </message>
    <message>
        <source>Newer version&apos;s graph</source>
        <translation>Graphe de la version la plus récente</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>Afficher les changements de ce type</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Comparing version %1 with version %2…</source>
        <translation>Comparaison de la version %1 avec la version %2…</translation>
    </message>
    <message>
        <source>Components +%1 −%2 ~%3 · flows +%4 −%5 ~%6 · entry points +%7 −%8 · threats %9 new, %10 gone · %11 decisions carried over</source>
        <translation>Composants +%1 −%2 ~%3 · flux +%4 −%5 ~%6 · points d’entrée +%7 −%8 · menaces %9 nouvelles, %10 disparues · %11 décisions reportées</translation>
    </message>
    <message>
        <source>Not in version %1</source>
        <translation>Absent de la version %1</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::ComponentItem</name>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>datastore</source>
        <translation>magasin de données</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file d’attente</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>passerelle</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>external entity</source>
        <translation>entité externe</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>identity provider</source>
        <translation>fournisseur d’identité</translation>
    </message>
    <message>
        <source>secret store</source>
        <translation>coffre de secrets</translation>
    </message>
    <message>
        <source>AI service</source>
        <translation>service d’IA</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>No open threats</source>
        <translation>Aucune menace ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n open threat(s), worst: %1</source>
        <translation>
            <numerusform>%n menace ouverte, la pire : %1</numerusform>
            <numerusform>%n menaces ouvertes, la pire : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Exposé à Internet</translation>
    </message>
</context>
<context>
    <name>tw::ui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a threat in the list or an element on the graph to see it here.</source>
        <translation>Sélectionnez une menace dans la liste ou un élément du graphe pour l’afficher ici.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>trust boundary (%1)</source>
        <translation>frontière de confiance (%1)</translation>
    </message>
    <message>
        <source>entry point (%1)</source>
        <translation>point d’entrée (%1)</translation>
    </message>
    <message>
        <source>data flow</source>
        <translation>flux de données</translation>
    </message>
    <message>
        <source>data asset</source>
        <translation>actif de données</translation>
    </message>
    <message>
        <source>element</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>P%1 (set by a person; computed P%2)</source>
        <translation>P%1 (fixée par une personne ; calculée P%2)</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation>nouvelle dans cette version</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>STRIDE</source>
        <translation>STRIDE</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Réexaminer</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood %1 of 5 · impact %2 of 5 · score %3 of 10</source>
        <translation>Vraisemblance %1 sur 5 · impact %2 sur 5 · score %3 sur 10</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message numerus="yes">
        <source>Attack path (%n hops)</source>
        <translation>
            <numerusform>Chemin d’attaque (%n saut)</numerusform>
            <numerusform>Chemin d’attaque (%n sauts)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>unauthenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Points d’entrée</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 entrants, %2 sortants</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l’intérieur</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>none (explicitly)</source>
        <translation>aucune (explicitement)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>No threat concerns this element.</source>
        <translation>Aucune menace ne concerne cet élément.</translation>
    </message>
    <message>
        <source>%1 threats, %2 still open.</source>
        <translation>%1 menaces, %2 encore ouvertes.</translation>
    </message>
    <message>
        <source>Worst open: </source>
        <translation>La pire ouverte : </translation>
    </message>
    <message>
        <source>The threat list shows them while this element is selected.</source>
        <translation>La liste des menaces les affiche tant que cet élément est sélectionné.</translation>
    </message>
    <message>
        <source>unknown (a route found in source code)</source>
        <translation>inconnue (une route trouvée dans le code source)</translation>
    </message>
</context>
<context>
    <name>tw::ui::DiffListModel</name>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Actif de données</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>new, %1</source>
        <translation>nouvelle, %1</translation>
    </message>
    <message>
        <source>gone (resolved by the change), was %1</source>
        <translation>disparue (résolue par le changement), était %1</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>gravité %1 → %2</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>%1, carried over</source>
        <translation>%1, reportée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Disparue</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>tw::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>&amp;Changements depuis :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregi&amp;strer sous :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>tw::ui::FlowItem</name>
    <message>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Chiffré en transit</translation>
    </message>
    <message>
        <source>Cleartext</source>
        <translation>En clair</translation>
    </message>
    <message numerus="yes">
        <source>%n data flow(s) merged</source>
        <translation>
            <numerusform>%n flux de données regroupé</numerusform>
            <numerusform>%n flux de données regroupés</numerusform>
        </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphItem</name>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphOverlayBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show only some kinds, boundaries, severities or statuses (Ctrl+Shift+F)</source>
        <translation>N’afficher que certains types, frontières, gravités ou statuts (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Filter the graph</source>
        <translation>Filtrer le graphe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every element again</source>
        <translation>Afficher à nouveau tous les éléments</translation>
    </message>
    <message>
        <source>Stop highlighting the attack path (Esc on the graph)</source>
        <translation>Ne plus mettre en évidence le chemin d’attaque (Échap sur le graphe)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Take the shown version as seen and remove the change marks (Ctrl+Shift+K)</source>
        <translation>Considérer la version affichée comme vue et retirer les marques de changement (Ctrl+Maj+K)</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphView</name>
    <message>
        <source>System graph</source>
        <translation>Graphe du système</translation>
    </message>
    <message>
        <source>Find a component or boundary…</source>
        <translation>Rechercher un composant ou une frontière…</translation>
    </message>
    <message>
        <source>Find on the graph</source>
        <translation>Rechercher dans le graphe</translation>
    </message>
    <message>
        <source>This version has no components to draw.</source>
        <translation>Cette version n’a aucun composant à dessiner.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
    <message>
        <source>The graph could not be laid out:
%1</source>
        <translation>Le graphe n’a pas pu être disposé :
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation>Il n’y a aucun graphe à exporter.</translation>
    </message>
    <message>
        <source>Components, trust boundaries and data flows, exported from Threatwright</source>
        <translation>Composants, frontières de confiance et flux de données, exportés depuis Threatwright</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>The graph is too large to export as an image.</source>
        <translation>Le graphe est trop grand pour être exporté en image.</translation>
    </message>
    <message>
        <source>&amp;Filter Graph…</source>
        <translation>&amp;Filtrer le graphe…</translation>
    </message>
    <message>
        <source>Show only some component kinds, trust boundaries, threat severities or statuses</source>
        <translation>N’afficher que certains types de composants, frontières de confiance, gravités ou statuts de menaces</translation>
    </message>
    <message>
        <source>C&amp;lear Graph Filters</source>
        <translation>&amp;Effacer les filtres du graphe</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Boundary</source>
        <translation>Re&amp;plier/déplier la frontière</translation>
    </message>
    <message>
        <source>Fold the selected trust boundary into one node, or unfold it</source>
        <translation>Replier la frontière de confiance sélectionnée en un seul nœud, ou la déplier</translation>
    </message>
    <message>
        <source>E&amp;xpand All Boundaries</source>
        <translation>Dép&amp;lier toutes les frontières</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Component &amp;Kind</source>
        <translation>&amp;Type de composant</translation>
    </message>
    <message>
        <source>Trust &amp;Boundary</source>
        <translation>&amp;Frontière de confiance</translation>
    </message>
    <message>
        <source>(outside every boundary)</source>
        <translation>(hors de toute frontière)</translation>
    </message>
    <message>
        <source>Threat &amp;Severity</source>
        <translation>&amp;Gravité de la menace</translation>
    </message>
    <message>
        <source>Threat S&amp;tatus</source>
        <translation>&amp;Statut de la menace</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n frontière</numerusform>
            <numerusform>%n frontières</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n severity(ies)</source>
        <translation>
            <numerusform>%n gravité</numerusform>
            <numerusform>%n gravités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n statut</numerusform>
            <numerusform>%n statuts</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 elements hidden</source>
        <translation>Filtré : %1 éléments sur %2 masqués</translation>
    </message>
    <message>
        <source>Filtering by %1</source>
        <translation>Filtre par %1</translation>
    </message>
    <message numerus="yes">
        <source>Attack path: %n hop(s)</source>
        <translation>
            <numerusform>Chemin d’attaque : %n saut</numerusform>
            <numerusform>Chemin d’attaque : %n sauts</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis la %1</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Supprimés :</translation>
    </message>
    <message>
        <source>Changes: %1 added, %2 changed, %3 removed</source>
        <translation>Changements : %1 ajoutés, %2 modifiés, %3 supprimés</translation>
    </message>
    <message>
        <source>E&amp;xpand &quot;%1&quot;</source>
        <translation>&amp;Déplier « %1 »</translation>
    </message>
    <message>
        <source>&amp;Collapse &quot;%1&quot;</source>
        <translation>&amp;Replier « %1 »</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Clear &amp;Attack Path Highlight</source>
        <translation>Ne plus mettre en évidence le chemin d’&amp;attaque</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportJob</name>
    <message>
        <source>The import was cancelled</source>
        <translation>L’import a été annulé</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Storing the version</source>
        <translation>Enregistrement de la version</translation>
    </message>
</context>
<context>
    <name>tw::ui::LlmSettingsPage</name>
    <message>
        <source>Threatwright can ask a language model for threats its rules missed. Only a redacted summary of one component&apos;s neighbourhood is sent — never secrets, never the project file. A local server (llama.cpp, Ollama, vLLM) keeps everything on this machine.</source>
        <translation>Threatwright peut demander à un modèle de langage les menaces que ses règles ont manquées. Seul un résumé expurgé du voisinage d’un composant est envoyé — jamais de secrets, jamais le fichier de projet. Un serveur local (llama.cpp, Ollama, vLLM) garde tout sur cette machine.</translation>
    </message>
    <message>
        <source>&amp;Suggest threats with a language model</source>
        <translation>&amp;Suggérer des menaces avec un modèle de langage</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server: llama.cpp (http://127.0.0.1:8080), Ollama (http://127.0.0.1:11434/v1), vLLM or a hosted API.</source>
        <translation>Un serveur compatible OpenAI : llama.cpp (http://127.0.0.1:8080), Ollama (http://127.0.0.1:11434/v1), vLLM ou une API hébergée.</translation>
    </message>
    <message>
        <source>model name, e.g. qwen2.5-7b-instruct</source>
        <translation>nom du modèle, p. ex. qwen2.5-7b-instruct</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>inutile pour la plupart des serveurs locaux</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Timeout per answer:</source>
        <translation>&amp;Délai par réponse :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Stored in the system keychain when the preferences are applied; never in a project.</source>
        <translation>Enregistrée dans le trousseau du système quand les préférences sont appliquées ; jamais dans un projet.</translation>
    </message>
    <message>
        <source>%1 is set: it is used instead of the keychain.</source>
        <translation>%1 est défini : il est utilisé à la place du trousseau.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Lecture du trousseau du système…</translation>
    </message>
    <message>
        <source>No key stored. It would be kept in the system keychain, never in a project.</source>
        <translation>Aucune clé enregistrée. Elle serait conservée dans le trousseau du système, jamais dans un projet.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>La clé a été retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>Enter an http or https URL such as http://127.0.0.1:8080.</source>
        <translation>Saisissez une URL http ou https telle que http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected; the server did not list its models.</source>
        <translation>Connecté ; le serveur n’a pas listé ses modèles.</translation>
    </message>
    <message>
        <source>Connected, but the server has no model &quot;%1&quot;. It offers: %2</source>
        <translation>Connecté, mais le serveur n’a pas de modèle « %1 ». Il propose : %2</translation>
    </message>
    <message>
        <source>Connected. Models: %1</source>
        <translation>Connecté. Modèles : %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::MainWindow</name>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Le graphe n’a pas pu être disposé : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the project, for example after the command line changed it</source>
        <translation>Recharger le projet, par exemple après une modification en ligne de commande</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Check that no audit entry was changed, removed or inserted</source>
        <translation>Vérifier qu’aucune entrée d’audit n’a été modifiée, supprimée ou insérée</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report for auditors, or SARIF, JSON, Markdown or CSV</source>
        <translation>Écrire un rapport HTML ou PDF pour les auditeurs, ou du SARIF, JSON, Markdown ou CSV</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>The project has no version to report yet.</source>
        <translation>Le projet n’a encore aucune version pour un rapport.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>&amp;Comparer des versions…</translation>
    </message>
    <message>
        <source>Show two versions side by side with what changed between them</source>
        <translation>Afficher deux versions côte à côte avec ce qui a changé entre elles</translation>
    </message>
    <message>
        <source>&amp;About Threatwright</source>
        <translation>À &amp;propos de Threatwright</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole system graph</source>
        <translation>Afficher tout le graphe du système</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Find on Graph…</source>
        <translation>Re&amp;chercher dans le graphe…</translation>
    </message>
    <message>
        <source>Jump to a component or trust boundary by name</source>
        <translation>Aller à un composant ou une frontière de confiance par son nom</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>E&amp;xporter la vue…</translation>
    </message>
    <message>
        <source>Save the system graph as an SVG or PNG image</source>
        <translation>Enregistrer le graphe du système en image SVG ou PNG</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Import a repository or folder (specs, Terraform, compose, Kubernetes…) as a new version</source>
        <translation>Importer un dépôt ou un dossier (spécifications, Terraform, compose, Kubernetes…) comme nouvelle version</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>Importer des fi&amp;chiers…</translation>
    </message>
    <message>
        <source>Import specs or .tf files as a new version</source>
        <translation>Importer des spécifications ou des fichiers .tf comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Live Mode</source>
        <translation>Mode &amp;temps réel</translation>
    </message>
    <message>
        <source>Watch the imported files and re-import them in the background when they change</source>
        <translation>Surveiller les fichiers importés et les réimporter en arrière-plan quand ils changent</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The actor name decisions are recorded under, and other settings</source>
        <translation>Le nom d’acteur sous lequel les décisions sont enregistrées, et d’autres réglages</translation>
    </message>
    <message>
        <source>Go to the &amp;Graph</source>
        <translation>Aller au &amp;graphe</translation>
    </message>
    <message>
        <source>Go to the &amp;Threats</source>
        <translation>Aller aux &amp;menaces</translation>
    </message>
    <message>
        <source>Put the keyboard focus on the threat list, where J/K/V/D/A work</source>
        <translation>Placer le focus clavier sur la liste des menaces, où J/K/V/D/A fonctionnent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Impossible d’enregistrer la décision</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %1 (versions: %2, audit entries: %3)</source>
        <translation>%1 ouvert (versions : %2, entrées d’audit : %3)</translation>
    </message>
    <message>
        <source>(read-only: the file or its folder cannot be written)</source>
        <translation>(lecture seule : le fichier ou son dossier n’est pas accessible en écriture)</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 fermé</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Les versions n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No version yet. Import specs or Terraform with threatwright-cli import to see the system here.</source>
        <translation>Aucune version pour l’instant. Importez des spécifications ou du Terraform avec threatwright-cli import pour voir le système ici.</translation>
    </message>
    <message>
        <source>Reading version %1…</source>
        <translation>Lecture de la version %1…</translation>
    </message>
    <message>
        <source>Version %1 could not be read: %2</source>
        <translation>La version %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Selected %1 (%2)</source>
        <translation>%1 sélectionné (%2)</translation>
    </message>
    <message>
        <source>Selected trust boundary %1</source>
        <translation>Frontière de confiance %1 sélectionnée</translation>
    </message>
    <message>
        <source>Selected flow %1 → %2</source>
        <translation>Flux %1 → %2 sélectionné</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Le journal d’audit n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Specs and Terraform (*.yaml *.yml *.json *.tf *.tf.json);;All files (*)</source>
        <translation>Spécifications et Terraform (*.yaml *.yml *.json *.tf *.tf.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported in the workbench: %1</source>
        <translation>Importé dans l’atelier : %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>L’import a été annulé</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’import a échoué</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Version %1: %2 artifacts, %3 components, %4 threats (%5 problems) in %6 s</source>
        <translation>Version %1 : %2 artefacts, %3 composants, %4 menaces (%5 problèmes) en %6 s</translation>
    </message>
    <message numerus="yes">
        <source>Live mode: watching %n imported files</source>
        <translation>
            <numerusform>Mode temps réel : surveillance de %n fichier importé</numerusform>
            <numerusform>Mode temps réel : surveillance de %n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Live mode: none of the imported files was found; use Locate Folder… in the Source panel</source>
        <translation>Mode temps réel : aucun des fichiers importés n’a été trouvé ; utilisez « Localiser le dossier… » dans le panneau Source</translation>
    </message>
    <message>
        <source>Live mode off</source>
        <translation>Mode temps réel désactivé</translation>
    </message>
    <message>
        <source>Live mode: re-imported after a change</source>
        <translation>Mode temps réel : réimporté après un changement</translation>
    </message>
    <message>
        <source>Live mode: re-imported after a change to %1</source>
        <translation>Mode temps réel : réimporté après un changement de %1</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>Cannot export the view</source>
        <translation>Impossible d’exporter la vue</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graphe exporté vers %1</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Le journal d’audit n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Audit chain intact: all %1 entries verified</source>
        <translation>Chaîne d’audit intacte : les %1 entrées sont vérifiées</translation>
    </message>
    <message>
        <source>Audit chain broken at entry %1: %2</source>
        <translation>Chaîne d’audit rompue à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>Threatwright</source>
        <translation>Threatwright</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — %2 — Threatwright</source>
        <translation>%1 — %2 — Threatwright</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>The project has one version so far; import again to have something to compare.</source>
        <translation>Le projet n’a qu’une version pour l’instant ; importez à nouveau pour avoir de quoi comparer.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Threatwright projects (*.twdb)</source>
        <translation>Projets Threatwright (*.twdb)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open the existing project.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez le projet existant.</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Nom du projet :</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Threatwright projects (*.twdb);;All files (*)</source>
        <translation>Projets Threatwright (*.twdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Threatwright</source>
        <translation>À propos de Threatwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Threatwright %1&lt;/h3&gt;&lt;p&gt;A threat-model workbench that keeps the model in step with the system: it builds the model from specs, Terraform and repositories, suggests threats, and records every decision in a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Threatwright %1&lt;/h3&gt;&lt;p&gt;Un atelier de modélisation des menaces qui maintient le modèle en phase avec le système : il construit le modèle à partir des spécifications, du Terraform et des dépôts, suggère des menaces et enregistre chaque décision dans un journal d’audit infalsifiable.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Highlight Attack Path</source>
        <translation>Mettre en év&amp;idence le chemin d’attaque</translation>
    </message>
    <message>
        <source>Show the selected threat&apos;s attack path on the graph and dim the rest (Esc clears)</source>
        <translation>Afficher sur le graphe le chemin d’attaque de la menace sélectionnée et estomper le reste (Échap l’efface)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Changes</source>
        <translation>Ac&amp;quitter les changements</translation>
    </message>
    <message>
        <source>Take the shown version as seen: the graph stops marking what live mode changed</source>
        <translation>Considérer la version affichée comme vue : le graphe cesse de marquer ce que le mode temps réel a changé</translation>
    </message>
    <message>
        <source>The source file was not saved</source>
        <translation>Le fichier source n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Cannot save the source file</source>
        <translation>Impossible d’enregistrer le fichier source</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Since version %1: %2 added, %3 changed, %4 removed (Ctrl+Shift+K acknowledges)</source>
        <translation>Depuis la version %1 : %2 ajoutés, %3 modifiés, %4 supprimés (Ctrl+Maj+K pour acquitter)</translation>
    </message>
    <message>
        <source>The attack path is not on the graph (filtered out?)</source>
        <translation>Le chemin d’attaque n’est pas sur le graphe (filtré ?)</translation>
    </message>
    <message numerus="yes">
        <source>Attack path of &quot;%1&quot;: %n hop(s); Esc on the graph clears it</source>
        <translation>
            <numerusform>Chemin d’attaque de « %1 » : %n saut ; Échap sur le graphe l’efface</numerusform>
            <numerusform>Chemin d’attaque de « %1 » : %n sauts ; Échap sur le graphe l’efface</numerusform>
        </translation>
    </message>
    <message>
        <source>No attack path to highlight: select a threat with one</source>
        <translation>Aucun chemin d’attaque à mettre en évidence : sélectionnez une menace qui en a un</translation>
    </message>
    <message>
        <source>No open attack path runs through the selected element</source>
        <translation>Aucun chemin d’attaque ouvert ne passe par l’élément sélectionné</translation>
    </message>
    <message>
        <source>Changes acknowledged</source>
        <translation>Changements acquittés</translation>
    </message>
    <message>
        <source>Saved %1; its source folder is not known, so it was not re-imported</source>
        <translation>%1 enregistré ; son dossier source est inconnu, il n’a donc pas été réimporté</translation>
    </message>
    <message>
        <source>Edited %1 in the Source panel</source>
        <translation>%1 modifié dans le panneau Source</translation>
    </message>
    <message>
        <source>Saved %1; it could not be re-imported now</source>
        <translation>%1 enregistré ; il n’a pas pu être réimporté pour l’instant</translation>
    </message>
    <message>
        <source>Saved %1; re-importing it in the background…</source>
        <translation>%1 enregistré ; réimportation en arrière-plan…</translation>
    </message>
    <message>
        <source>The Source panel keeps the file being edited</source>
        <translation>Le panneau Source conserve le fichier en cours de modification</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>Changes could not be written to disk</source>
        <translation>Les modifications n’ont pas pu être écrites sur le disque</translation>
    </message>
    <message>
        <source>Changes not written to disk</source>
        <translation>Modifications non écrites sur le disque</translation>
    </message>
    <message>
        <source>%1

The decisions recorded since may be lost if the computer stops before they reach the disk. Free space or fix the disk, then close and reopen the project.</source>
        <translation>%1

Les décisions enregistrées depuis peuvent être perdues si l’ordinateur s’arrête avant qu’elles n’atteignent le disque. Libérez de l’espace ou réparez le disque, puis fermez et rouvrez le projet.</translation>
    </message>
</context>
<context>
    <name>tw::ui::ProblemTableModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1
%2
Click to open the file at this line.</source>
        <translation>%1
%2
Cliquez pour ouvrir le fichier à cette ligne.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>tw::ui::ProjectSummaryWidget</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Créé avec :</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Dernière version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>Menaces :</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Chaîne de hachage :</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernier changement :</translation>
    </message>
    <message>
        <source>Threats in the latest version</source>
        <translation>Menaces de la dernière version</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Threatwright %1</source>
        <translation>Threatwright %1</translation>
    </message>
    <message>
        <source>No versions yet. Import the system&apos;s artifacts to create the first one, for example: threatwright-cli import %1 PATH…</source>
        <translation>Aucune version pour l’instant. Importez les artefacts du système pour créer la première, par exemple : threatwright-cli import %1 PATH…</translation>
    </message>
    <message>
        <source>No threats yet: they are suggested when a version is analysed.</source>
        <translation>Aucune menace pour l’instant : elles sont suggérées lors de l’analyse d’une version.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>Threats in version %1</source>
        <translation>Menaces de la version %1</translation>
    </message>
    <message>
        <source>No threats in this version.</source>
        <translation>Aucune menace dans cette version.</translation>
    </message>
    <message>
        <source>%1 threats; open the threat list for the breakdown.</source>
        <translation>%1 menaces ; la liste des menaces en donne le détail.</translation>
    </message>
    <message>
        <source>Reading %1 threats…</source>
        <translation>Lecture de %1 menaces…</translation>
    </message>
    <message>
        <source>%1 by %2
%3</source>
        <translation>%1 par %2
%3</translation>
    </message>
    <message>
        <source>✔ Intact: every entry verified</source>
        <translation>✔ Intacte : chaque entrée vérifiée</translation>
    </message>
    <message>
        <source>✘ Broken at entry %1</source>
        <translation>✘ Rompue à l’entrée %1</translation>
    </message>
    <message>
        <source>✘ Cannot verify</source>
        <translation>✘ Vérification impossible</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReasonDialog</name>
    <message>
        <source>Dismiss Threat</source>
        <translation>Écarter la menace</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n Threats</source>
        <translation>
            <numerusform>Écarter %n menace</numerusform>
            <numerusform>Écarter %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Risk</source>
        <translation>Accepter le risque</translation>
    </message>
    <message numerus="yes">
        <source>Accept the Risk of %n Threats</source>
        <translation>
            <numerusform>Accepter le risque de %n menace</numerusform>
            <numerusform>Accepter le risque de %n menaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected threats</source>
        <translation>
            <numerusform>%n menace sélectionnée</numerusform>
            <numerusform>%n menaces sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is this not a threat here? (false positive, not applicable, covered elsewhere…) The reason is recorded in the audit trail.</source>
        <translation>Pourquoi n’est-ce pas une menace ici ? (faux positif, non applicable, couvert ailleurs…) Le motif est enregistré dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Why is the risk acceptable, and who accepted it? The reason is recorded in the audit trail.</source>
        <translation>Pourquoi le risque est-il acceptable, et qui l’a accepté ? Le motif est enregistré dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation>Réexaminer le</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>&amp;Accepter le risque</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReportExporter</name>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>Écriture du %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
</context>
<context>
    <name>tw::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Every triage decision is recorded in the project&apos;s audit trail under this name. Leave it empty to use your user name (%1).</source>
        <translation>Chaque décision de triage est enregistrée sous ce nom dans le journal d’audit du projet. Laissez vide pour utiliser votre nom d’utilisateur (%1).</translation>
    </message>
    <message>
        <source>The workbench follows the system&apos;s light or dark colours.</source>
        <translation>L’atelier suit les couleurs claires ou sombres du système.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time Threatwright starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Threatwright.</translation>
    </message>
    <message>
        <source>&amp;Actor name:</source>
        <translation>Nom de l’&amp;acteur :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
</context>
<context>
    <name>tw::ui::SourceLocator</name>
    <message>
        <source>This element has no source location</source>
        <translation>Cet élément n’a pas d’emplacement source</translation>
    </message>
    <message>
        <source>%1 is outside the project&apos;s source folders</source>
        <translation>%1 est hors des dossiers sources du projet</translation>
    </message>
    <message>
        <source>%1 points outside its source folder; it is not opened</source>
        <translation>%1 pointe hors de son dossier source ; il n’est pas ouvert</translation>
    </message>
    <message>
        <source>%1 was not found in %2. Choose the folder it was imported from with “Locate Folder…”.</source>
        <translation>%1 est introuvable dans %2. Choisissez le dossier d’où il a été importé avec « Localiser le dossier… ».</translation>
    </message>
    <message>
        <source>any source folder</source>
        <translation>un dossier source</translation>
    </message>
</context>
<context>
    <name>tw::ui::SourcePanel</name>
    <message>
        <source>Locate Folder…</source>
        <translation>Localiser le dossier…</translation>
    </message>
    <message>
        <source>Choose the folder the project&apos;s inputs were imported from</source>
        <translation>Choisir le dossier d’où les entrées du projet ont été importées</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Select a threat or an element, or click an evidence location, to see its source here.</source>
        <translation>Sélectionnez une menace ou un élément, ou cliquez sur un emplacement de preuve, pour en voir la source ici.</translation>
    </message>
    <message>
        <source>%1 is too large to show here (%2 MB).</source>
        <translation>%1 est trop volumineux pour être affiché ici (%2 Mo).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a binary file.</source>
        <translation>%1 est un fichier binaire.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Changed since import</source>
        <translation>Modifié depuis l’import</translation>
    </message>
    <message>
        <source>The file&apos;s content differs from the version&apos;s recorded digest; the line may have moved.</source>
        <translation>Le contenu du fichier diffère de l’empreinte enregistrée pour la version ; la ligne a peut-être bougé.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Locate the Source Folder</source>
        <translation>Localiser le dossier source</translation>
    </message>
    <message>
        <source>&amp;Edit Source File</source>
        <translation>&amp;Modifier le fichier source</translation>
    </message>
    <message>
        <source>&amp;Save Source File</source>
        <translation>&amp;Enregistrer le fichier source</translation>
    </message>
    <message>
        <source>&amp;Discard Source Changes</source>
        <translation>A&amp;bandonner les modifications de la source</translation>
    </message>
    <message>
        <source>Edit the shown spec, Terraform, compose or manifest file; saving re-imports it</source>
        <translation>Modifier le fichier de spécification, Terraform, compose ou manifeste affiché ; l’enregistrer le réimporte</translation>
    </message>
    <message>
        <source>Write the edited file and re-import it as a new version</source>
        <translation>Écrire le fichier modifié et le réimporter comme nouvelle version</translation>
    </message>
    <message>
        <source>Drop the edits and show the file as it is on disk</source>
        <translation>Abandonner les modifications et afficher le fichier tel qu’il est sur le disque</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Editing — unsaved</source>
        <translation>Modification — non enregistrée</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Ctrl+S writes the file and re-imports it as a new version.</source>
        <translation>Ctrl+S écrit le fichier et le réimporte comme nouvelle version.</translation>
    </message>
    <message>
        <source>F2 edits this file</source>
        <translation>F2 modifie ce fichier</translation>
    </message>
    <message>
        <source>The source is not being edited.</source>
        <translation>La source n’est pas en cours de modification.</translation>
    </message>
    <message>
        <source>%1 cannot be edited here now (it is not an imported input, the project is read-only, or an import is running).</source>
        <translation>%1 ne peut pas être modifié ici pour l’instant (ce n’est pas une entrée importée, le projet est en lecture seule ou un import est en cours).</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2); nothing was written.</source>
        <translation>%1 ne peut plus être lu (%2) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened here; nothing was written. Copy your edits, discard them, and edit the file as it is now.</source>
        <translation>%1 a changé sur le disque depuis son ouverture ici ; rien n’a été écrit. Copiez vos modifications, abandonnez-les, puis modifiez le fichier tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2; the file on disk is unchanged.</source>
        <translation>%1 n’a pas pu être enregistré : %2 ; le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>Unsaved Source Edits</source>
        <translation>Modifications de la source non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved edits. Save them (and re-import), or discard them?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer (et réimporter) ou les abandonner ?</translation>
    </message>
    <message>
        <source>Re-importing… %1%</source>
        <translation>Réimportation… %1 %</translation>
    </message>
    <message>
        <source>The saved file is imported again in the background; a new version follows.</source>
        <translation>Le fichier enregistré est réimporté en arrière-plan ; une nouvelle version suivra.</translation>
    </message>
    <message>
        <source>Source location</source>
        <translation>Emplacement de la source</translation>
    </message>
</context>
<context>
    <name>tw::ui::ThreatTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Attack path</source>
        <translation>Chemin d’attaque</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>LLM (%1)</source>
        <translation>LLM (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouv.</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · score %2 · %3</translation>
    </message>
    <message>
        <source>Priority P%1 set by a person (computed: P%2)</source>
        <translation>Priorité P%1 fixée par une personne (calculée : P%2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Acceptée jusqu’au %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Risk score 0–10; the Details panel lists the factors behind it</source>
        <translation>Score de risque de 0 à 10 ; le panneau Détails en liste les facteurs</translation>
    </message>
    <message>
        <source>P1 (urgent) to P4; ✎ marks a priority a person set</source>
        <translation>P1 (urgente) à P4 ; ✎ marque une priorité fixée par une personne</translation>
    </message>
    <message>
        <source>First seen in this version</source>
        <translation>Vue pour la première fois dans cette version</translation>
    </message>
</context>
<context>
    <name>tw::ui::ThreatsPanel</name>
    <message>
        <source>&amp;New only</source>
        <translation>&amp;Nouvelles seulement</translation>
    </message>
    <message>
        <source>Filter by title, rule, element or fingerprint</source>
        <translation>Filtrer par titre, règle, élément ou empreinte</translation>
    </message>
    <message>
        <source>Filter threats</source>
        <translation>Filtrer les menaces</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open (needs attention)</source>
        <translation>Ouvertes (à traiter)</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Élevée et plus</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Moyenne et plus</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Faible et plus</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Filtre d’origine</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toute origine</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Attack paths</source>
        <translation>Chemins d’attaque</translation>
    </message>
    <message>
        <source>LLM suggestions</source>
        <translation>Suggestions LLM</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Only threats first seen in this version</source>
        <translation>Uniquement les menaces vues pour la première fois dans cette version</translation>
    </message>
    <message>
        <source>Show the threats of every element</source>
        <translation>Afficher les menaces de tous les éléments</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>%1 threats</source>
        <translation>%1 menaces</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Element: %1  ✕</source>
        <translation>Élément : %1  ✕</translation>
    </message>
</context>
<context>
    <name>tw::ui::TriageController</name>
    <message>
        <source>&amp;Next Threat</source>
        <translation>Menace &amp;suivante</translation>
    </message>
    <message>
        <source>Move to the next threat in the list</source>
        <translation>Passer à la menace suivante de la liste</translation>
    </message>
    <message>
        <source>&amp;Previous Threat</source>
        <translation>Menace &amp;précédente</translation>
    </message>
    <message>
        <source>Move to the previous threat in the list</source>
        <translation>Passer à la menace précédente de la liste</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Confirm the selected threats as real</source>
        <translation>Confirmer que les menaces sélectionnées sont réelles</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Dismiss the selected threats as not applicable, with a reason</source>
        <translation>Écarter les menaces sélectionnées comme non applicables, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Accept Risk…</source>
        <translation>&amp;Accepter le risque…</translation>
    </message>
    <message>
        <source>Accept the risk of the selected threats, with a reason and an optional review date</source>
        <translation>Accepter le risque des menaces sélectionnées, avec un motif et une date de réexamen facultative</translation>
    </message>
    <message>
        <source>Mark &amp;Mitigated</source>
        <translation>Marquer comme a&amp;tténuée</translation>
    </message>
    <message>
        <source>Record that the selected threats are mitigated</source>
        <translation>Enregistrer que les menaces sélectionnées sont atténuées</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Set the selected threats back to suggested</source>
        <translation>Remettre les menaces sélectionnées à l’état suggérée</translation>
    </message>
    <message>
        <source>Priority &amp;1 (Urgent)</source>
        <translation>Priorité &amp;1 (urgente)</translation>
    </message>
    <message>
        <source>Set priority P1 on the selected threats</source>
        <translation>Fixer la priorité P1 des menaces sélectionnées</translation>
    </message>
    <message>
        <source>Priority &amp;2</source>
        <translation>Priorité &amp;2</translation>
    </message>
    <message>
        <source>Set priority P2 on the selected threats</source>
        <translation>Fixer la priorité P2 des menaces sélectionnées</translation>
    </message>
    <message>
        <source>Priority &amp;3</source>
        <translation>Priorité &amp;3</translation>
    </message>
    <message>
        <source>Set priority P3 on the selected threats</source>
        <translation>Fixer la priorité P3 des menaces sélectionnées</translation>
    </message>
    <message>
        <source>Priority &amp;4</source>
        <translation>Priorité &amp;4</translation>
    </message>
    <message>
        <source>Set priority P4 on the selected threats</source>
        <translation>Fixer la priorité P4 des menaces sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Computed Priority</source>
        <translation>Priorité ca&amp;lculée</translation>
    </message>
    <message>
        <source>Remove the priority a person set; the computed one applies again</source>
        <translation>Retirer la priorité fixée par une personne ; la priorité calculée s’applique de nouveau</translation>
    </message>
    <message>
        <source>Validate “%1”</source>
        <translation>Valider « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Validate %n threats</source>
        <translation>
            <numerusform>Valider %n menace</numerusform>
            <numerusform>Valider %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>Écarter « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n threats</source>
        <translation>
            <numerusform>Écarter %n menace</numerusform>
            <numerusform>Écarter %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the risk of “%1”</source>
        <translation>Accepter le risque de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Accept the risk of %n threats</source>
        <translation>
            <numerusform>Accepter le risque de %n menace</numerusform>
            <numerusform>Accepter le risque de %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” mitigated</source>
        <translation>Marquer « %1 » comme atténuée</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n threats mitigated</source>
        <translation>
            <numerusform>Marquer %n menace comme atténuée</numerusform>
            <numerusform>Marquer %n menaces comme atténuées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Rouvrir « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n threats</source>
        <translation>
            <numerusform>Rouvrir %n menace</numerusform>
            <numerusform>Rouvrir %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed priority for “%1”</source>
        <translation>Priorité calculée pour « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Computed priority for %n threats</source>
        <translation>
            <numerusform>Priorité calculée pour %n menace</numerusform>
            <numerusform>Priorité calculée pour %n menaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority P%1 for “%2”</source>
        <translation>Priorité P%1 pour « %2 »</translation>
    </message>
    <message>
        <source>Priority P%1 for %2 threats</source>
        <translation>Priorité P%1 pour %2 menaces</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Aucun projet n’est ouvert</translation>
    </message>
    <message>
        <source>The project is open read-only; decisions cannot be recorded</source>
        <translation>Le projet est ouvert en lecture seule ; les décisions ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>An import is writing to the project; try again when it is done</source>
        <translation>Un import écrit dans le projet ; réessayez quand il sera terminé</translation>
    </message>
    <message>
        <source>The selected threats were resolved by a change and cannot be triaged</source>
        <translation>Les menaces sélectionnées ont été résolues par un changement et ne peuvent pas être triées</translation>
    </message>
    <message>
        <source>Select a threat first (J and K move through the list)</source>
        <translation>Sélectionnez d’abord une menace (J et K parcourent la liste)</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Échec du rétablissement : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l’annulation : %1</translation>
    </message>
    <message>
        <source>Undone: %1 (recorded as threat.undo in the audit trail)</source>
        <translation>Annulé : %1 (enregistré comme threat.undo dans le journal d’audit)</translation>
    </message>
</context>
<context>
    <name>tw::ui::VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>When the version was created, in local time</source>
        <translation>Quand la version a été créée, en heure locale</translation>
    </message>
    <message>
        <source>The git revision of the imported inputs, when known</source>
        <translation>La révision git des entrées importées, si elle est connue</translation>
    </message>
    <message>
        <source>Threats in this version, including those resolved by a change</source>
        <translation>Menaces de cette version, y compris celles résolues par un changement</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Révision : %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
</context>
<context>
    <name>tw::ui::WelcomeWidget</name>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>Aucun projet récent.</translation>
    </message>
    <message>
        <source>Threatwright</source>
        <translation>Threatwright</translation>
    </message>
    <message>
        <source>Keep the threat model in step with the system: import specs, Terraform and repositories, triage suggested threats, and keep every decision in a tamper-evident audit trail.</source>
        <translation>Gardez le modèle de menaces en phase avec le système : importez spécifications, Terraform et dépôts, triez les menaces suggérées et consignez chaque décision dans un journal d’audit infalsifiable.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
