<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="66"/>
        <source>Flowdesk</source>
        <translation>Flowdesk</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="68"/>
        <source>The store in %1 cannot be opened.</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation>Impossible d&apos;ouvrir le stockage local dans %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="20"/>
        <source>List experiments</source>
        <translation>Lister les expériences</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="21"/>
        <source>List the runs of an experiment</source>
        <translation>Lister les exécutions d&apos;une expérience</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="22"/>
        <source>Fill the store with realistic demo data</source>
        <translation>Remplir le stockage local avec des données de démonstration réalistes</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="23"/>
        <source>Run the MLflow-compatible tracking server</source>
        <translation>Lancer le serveur de suivi compatible MLflow</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="24"/>
        <source>Search runs with a filter</source>
        <translation>Rechercher des exécutions avec un filtre</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="25"/>
        <source>Import an MLflow mlruns folder or mlflow.db file</source>
        <translation>Importer un dossier mlruns ou un fichier mlflow.db de MLflow</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="27"/>
        <source>Write the store as an MLflow mlruns folder</source>
        <translation>Écrire le stockage local sous forme de dossier mlruns MLflow</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="30"/>
        <source>Write runs&apos; metric histories as CSV</source>
        <translation>Écrire l&apos;historique des métriques d&apos;exécutions au format CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="34"/>
        <source>Which to list: active, deleted or all.</source>
        <translation>Lesquelles lister&#xa0;: active, deleted ou all.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="36"/>
        <location filename="../app/cli/searchcommand.cpp" line="69"/>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie&#xa0;: table, csv ou json.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="38"/>
        <source>Experiment name or id.</source>
        <translation>Nom ou ID de l&apos;expérience.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="61"/>
        <location filename="../app/cli/searchcommand.cpp" line="102"/>
        <source>Unknown --view &apos;%1&apos;: use active, deleted or all.</source>
        <translation>Valeur inconnue pour --view&#xa0;: &apos;%1&apos;. Utilisez active, deleted ou all.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="66"/>
        <location filename="../app/cli/searchcommand.cpp" line="107"/>
        <source>Unknown --format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Valeur inconnue pour --format&#xa0;: &apos;%1&apos;. Utilisez table, csv ou json.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="73"/>
        <source>Name the experiment with --experiment NAME_OR_ID.</source>
        <translation>Indiquez l&apos;expérience avec --experiment NAME_OR_ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="73"/>
        <source>Generating runs: %1% (%2 of %3), %4 runs/s</source>
        <translation>Génération des exécutions&#xa0;: %1&#xa0;% (%2 sur %3), %4 exécutions/s</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104"/>
        <source>Fills the store with realistic demo data: experiments of several model families, runs with 20 params, 10 metric curves and tags, hyper-parameter sweeps (parent and child runs), failed, killed, running and deleted runs, dataset inputs, and registered models with versions, stages and the aliases champion and challenger. The same seed gives the same data. Ctrl+C stops early and keeps the runs written so far, whole runs only.</source>
        <translation>Remplit le stockage local de données de démonstration réalistes : expériences de plusieurs familles de modèles, exécutions avec 20 paramètres, 10 courbes de métriques et des tags, balayages d’hyperparamètres (exécutions parentes et enfants), exécutions échouées, interrompues, en cours et supprimées, entrées de jeux de données, et modèles enregistrés avec versions, étapes et les alias champion et challenger. La même graine donne les mêmes données. Ctrl+C arrête plus tôt et conserve les exécutions déjà écrites, uniquement des exécutions complètes.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="111"/>
        <source>How many runs to create (default %1).</source>
        <translation>Nombre d&apos;exécutions à créer (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="116"/>
        <source>Points per metric curve (default %1, which generates 100,000 runs in about a minute; every run logs 10 metrics x S points).</source>
        <translation>Points par courbe de métrique (par défaut&#xa0;: %1, ce qui génère 100 000 exécutions en une minute environ&#xa0;; chaque exécution journalise 10 métriques x S points).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="123"/>
        <source>Put every run into this experiment (created if missing) instead of the demo&apos;s own experiments.</source>
        <translation>Placer toutes les exécutions dans cette expérience (créée si elle n&apos;existe pas) au lieu des expériences propres à la démo.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="127"/>
        <source>Random seed (default %1).</source>
        <translation>Graine aléatoire (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="144"/>
        <location filename="../app/cli/servecommand.cpp" line="127"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="152"/>
        <source>--runs must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation>--runs doit être un nombre entier compris entre 0 et %1 (valeur reçue&#xa0;: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="158"/>
        <source>--steps must be a whole number from 1 to %1, got &apos;%2&apos;.</source>
        <translation>--steps doit être un nombre entier compris entre 1 et %1 (valeur reçue&#xa0;: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="164"/>
        <source>--seed must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation>--seed doit être un nombre entier compris entre 0 et %1 (valeur reçue&#xa0;: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="174"/>
        <source>Invalid --experiment: the name must not be blank.</source>
        <translation>--experiment invalide : le nom ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="180"/>
        <source>Invalid --experiment: %1</source>
        <translation>Valeur non valide pour --experiment&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="209"/>
        <source>Interrupted: %1 whole runs were written in %2 s; nothing else was changed.</source>
        <translation>Interrompu&#xa0;: %1 exécutions complètes ont été écrites en %2 s&#xa0;; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="214"/>
        <source>Generated %1 runs (%2 metric points) in %3 experiments, %4 registered models with %5 versions, in %6 s (%7 runs/s).</source>
        <translation>Génération terminée&#xa0;: %1 exécutions (%2 points de métriques) dans %3 expériences, %4 modèles enregistrés avec %5 versions, en %6 s (%7 exécutions/s).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="225"/>
        <location filename="../app/cli/experimentscommand.cpp" line="119"/>
        <location filename="../app/cli/experimentscommand.cpp" line="164"/>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <location filename="../app/cli/exportcommand.cpp" line="109"/>
        <location filename="../app/cli/importcommand.cpp" line="90"/>
        <location filename="../app/cli/searchcommand.cpp" line="194"/>
        <location filename="../app/cli/searchcommand.cpp" line="205"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="140"/>
        <location filename="../app/cli/searchcommand.cpp" line="129"/>
        <source>No experiment named or numbered &apos;%1&apos;.</source>
        <translation>Aucune expérience portant le nom ou l&apos;ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="18"/>
        <source>Usage: flowdesk [--store DIR] [COMMAND] [OPTIONS]</source>
        <translation>Utilisation&#xa0;: flowdesk [--store DIR] [COMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="20"/>
        <source>Without a command, opens the Flowdesk window on the store.</source>
        <translation>Sans commande, ouvre la fenêtre Flowdesk sur le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>Use the store in DIR (default: $FLOWDESK_HOME, else the application data directory)</source>
        <translation>Utiliser le stockage local dans DIR (par défaut&#xa0;: $FLOWDESK_HOME, sinon le répertoire de données de l&apos;application)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Print the version and exit</source>
        <translation>Afficher la version et quitter</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Print this help and exit</source>
        <translation>Afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Run &apos;flowdesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;flowdesk COMMAND --help&apos; pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>--store needs a directory.</source>
        <translation>--store attend un répertoire.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;flowdesk --help&apos; for the list.</source>
        <translation>Commande inconnue&#xa0;: &apos;%1&apos;. Lancez &apos;flowdesk --help&apos; pour en obtenir la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="27"/>
        <source>Writes the store as an MLflow mlruns folder that &apos;mlflow ui&apos; can read.</source>
        <translation>Écrit le stockage local sous forme de dossier mlruns MLflow lisible par &apos;mlflow ui&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>A new or empty folder.</source>
        <translation>Un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="30"/>
        <source>Export only this experiment (repeatable).</source>
        <translation>N&apos;exporter que cette expérience (option répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="42"/>
        <source>Name the folder to write: flowdesk export mlruns DIR</source>
        <translation>Indiquez le dossier à écrire&#xa0;: flowdesk export mlruns DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <source>Exported %1 experiments, %2 runs, %3 registered models, %4 model versions</source>
        <translation>Export terminé&#xa0;: %1 expériences, %2 exécutions, %3 modèles enregistrés, %4 versions de modèle</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="71"/>
        <source>Writes runs&apos; metric histories as CSV (run_id,key,step,timestamp,value).</source>
        <translation>Écrit l&apos;historique des métriques d&apos;exécutions au format CSV (run_id,key,step,timestamp,value).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="73"/>
        <source>One or more run ids.</source>
        <translation>Un ou plusieurs ID d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="74"/>
        <source>Only this metric (repeatable).</source>
        <translation>Uniquement cette métrique (option répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>Write to this file instead of stdout.</source>
        <translation>Écrire dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>Name at least one run: flowdesk export metrics RUN_ID...</source>
        <translation>Indiquez au moins une exécution&#xa0;: flowdesk export metrics RUN_ID...</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="104"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>Imports an MLflow mlruns folder or mlflow.db file into the store.</source>
        <translation>Importe un dossier mlruns ou un fichier mlflow.db de MLflow dans le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="28"/>
        <source>The mlruns folder or the mlflow.db file.</source>
        <translation>Le dossier mlruns ou le fichier mlflow.db.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="30"/>
        <source>Import only this experiment (repeatable).</source>
        <translation>N&apos;importer que cette expérience (option répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="32"/>
        <source>Leave artifacts where they are instead of copying them into the store.</source>
        <translation>Laisser les artefacts à leur emplacement au lieu de les copier dans le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="46"/>
        <source>Name one mlruns folder or mlflow.db file: flowdesk import PATH</source>
        <translation>Indiquez un dossier mlruns ou un fichier mlflow.db&#xa0;: flowdesk import PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>Importing %1/%2 %3</source>
        <translation>Importation %1/%2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="55"/>
        <source>Search runs with MLflow&apos;s filter syntax (plus OR, NOT, parentheses, IS NULL, IN lists and metric aggregates).</source>
        <translation>Recherche des exécutions avec la syntaxe de filtre de MLflow (avec en plus OR, NOT, les parenthèses, IS NULL, les listes IN et les agrégats de métriques).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="58"/>
        <source>The filter, e.g. &quot;metrics.rmse &lt; 1 and params.model = &apos;tree&apos;&quot;.</source>
        <translation>Le filtre, par ex. &quot;metrics.rmse &lt; 1 and params.model = &apos;tree&apos;&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="60"/>
        <source>Experiment name or id (repeatable; default: all).</source>
        <translation>Nom ou ID de l&apos;expérience (option répétable&#xa0;; par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="63"/>
        <source>Sort key with optional ASC or DESC (repeatable).</source>
        <translation>Clé de tri, éventuellement suivie de ASC ou DESC (option répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="65"/>
        <source>At most this many runs (default 1000).</source>
        <translation>Nombre maximal d&apos;exécutions (par défaut&#xa0;: 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="67"/>
        <source>Which runs: active, deleted or all.</source>
        <translation>Quelles exécutions&#xa0;: active, deleted ou all.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="81"/>
        <source>Give the filter as one argument (quote it).</source>
        <translation>Passez le filtre en un seul argument (entre guillemets).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="91"/>
        <source>--max-results needs a number.</source>
        <translation>--max-results attend un nombre.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>Serves the store over MLflow&apos;s REST API, so that MLflow clients can log to it.</source>
        <translation>Sert le stockage local via l&apos;API REST de MLflow, afin que les clients MLflow puissent y journaliser.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="88"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut&#xa0;: 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="92"/>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d&apos;écoute&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="94"/>
        <source>Request log: error, warning, info or debug.</source>
        <translation>Journal des requêtes&#xa0;: error, warning, info ou debug.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="98"/>
        <source>Largest REST request body in MiB (default 16).</source>
        <translation>Taille maximale du corps d&apos;une requête REST, en Mio (par défaut&#xa0;: 16).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="102"/>
        <source>Largest artifact upload in MiB (default 1024).</source>
        <translation>Taille maximale d&apos;un envoi d&apos;artefact, en Mio (par défaut&#xa0;: 1024).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="107"/>
        <source>Require HTTP basic auth; FILE has user:password lines.</source>
        <translation>Exiger l&apos;authentification HTTP Basic&#xa0;; FILE contient des lignes user:password.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="110"/>
        <source>Require a bearer token, read from FILE.</source>
        <translation>Exiger un jeton Bearer, lu dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="112"/>
        <source>Allow listening on an address other than loopback.</source>
        <translation>Autoriser l&apos;écoute sur une adresse autre que la boucle locale.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="114"/>
        <source>Request threads (default 4).</source>
        <translation>Threads de traitement des requêtes (par défaut&#xa0;: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="134"/>
        <source>--host must be an IP address, not &apos;%1&apos;.</source>
        <translation>--host doit être une adresse IP, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="139"/>
        <source>Refusing to listen on %1: it is reachable from other machines. Add --allow-remote to do it anyway (and consider --auth-file).</source>
        <translation>Refus d&apos;écouter sur %1&#xa0;: cette adresse est accessible depuis d&apos;autres machines. Ajoutez --allow-remote pour le faire quand même (et envisagez --auth-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="144"/>
        <source>Warning: listening on %1; other machines can reach this store%2.</source>
        <translation>Avertissement&#xa0;: écoute sur %1&#xa0;; d&apos;autres machines peuvent accéder à ce stockage local%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="148"/>
        <source> without any authentication</source>
        <translation> sans aucune authentification</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="153"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="159"/>
        <source>--max-body-mb must be a positive number.</source>
        <translation>--max-body-mb doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="165"/>
        <source>--max-artifact-mb must be a positive number.</source>
        <translation>--max-artifact-mb doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="171"/>
        <source>--workers must be a number from 1 to 64.</source>
        <translation>--workers doit être un nombre compris entre 1 et 64.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="177"/>
        <source>Unknown --log-level &apos;%1&apos;: use error, warning, info or debug.</source>
        <translation>Valeur inconnue pour --log-level&#xa0;: &apos;%1&apos;. Utilisez error, warning, info ou debug.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="182"/>
        <source>Use either --auth-file or --token-file, not both.</source>
        <translation>Utilisez soit --auth-file, soit --token-file, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="201"/>
        <source>Cannot install the signal handlers.</source>
        <translation>Impossible d&apos;installer les gestionnaires de signaux.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="209"/>
        <source>Stopping the tracking server.</source>
        <translation>Arrêt du serveur de suivi.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="235"/>
        <source>Flowdesk tracking server listening on %1 (store %2)</source>
        <translation>Serveur de suivi Flowdesk à l&apos;écoute sur %1 (stockage local %2)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ImportDialog</name>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="44"/>
        <source>Import MLflow data</source>
        <translation>Importer des données MLflow</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="46"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="82"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="125"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="147"/>
        <source>%1 of %2: %3</source>
        <extracomment>%1 of %2 items (runs, registered models), then the item&apos;s name</extracomment>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="162"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="164"/>
        <source>Nothing could be imported.</source>
        <translation>Rien n&apos;a pu être importé.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="166"/>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="168"/>
        <source>Import finished; some items were skipped (see below).</source>
        <translation>Importation terminée&#xa0;; certains éléments ont été ignorés (voir ci-dessous).</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::DatasetInputsModel</name>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="129"/>
        <source>%1 (digest %2)</source>
        <translation>%1 (empreinte %2)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::ExperimentListModel</name>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="190"/>
        <source>%1 (ID %2), deleted</source>
        <extracomment>Tooltip of a deleted experiment: %1 name, %2 id</extracomment>
        <translation>%1 (ID %2), supprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="195"/>
        <source>%1 (ID %2)
%Ln run(s)</source>
        <extracomment>Tooltip of an experiment: %1 name, %2 id, %3 run count</extracomment>
        <translation>
            <numerusform>%1 (ID %2)
%Ln exécution</numerusform>
            <numerusform>%1 (ID %2)
%Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Experiment</source>
        <extracomment>Column headers of the experiment list</extracomment>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::KeyValueTableModel</name>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Key</source>
        <extracomment>Column headers of the params and tags tables</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::LatestMetricsModel</name>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="88"/>
        <source>History of %1 by step (%2 points; NaN not drawn)</source>
        <extracomment>Tooltip of a metric&apos;s sparkline: %1 key, %2 number of logged points</extracomment>
        <translation>Historique de %1 par pas (%2 points&#xa0;; NaN non tracés)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="98"/>
        <source>%1 = %2
Logged %3 (%4)</source>
        <extracomment>Tooltip of a latest metric: %1 key, %2 exact value, %3 local time, %4 UTC time</extracomment>
        <translation>%1 = %2
Journalisée le %3 (%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="132"/>
        <source>Metric</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="135"/>
        <source>Latest value</source>
        <extracomment>Column header in a run&apos;s metrics table: the latest value</extracomment>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="138"/>
        <source>Step</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="141"/>
        <source>Min</source>
        <extracomment>Column header in a run&apos;s metrics table: the smallest value logged (NaN ignored)</extracomment>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="144"/>
        <source>Max</source>
        <extracomment>Column header in a run&apos;s metrics table: the largest value logged (NaN ignored)</extracomment>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="147"/>
        <source>Points</source>
        <extracomment>Column header in a run&apos;s metrics table: how many values were logged</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="150"/>
        <source>History</source>
        <extracomment>Column header in a run&apos;s metrics table: a small chart of the values by step</extracomment>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::RunGroupModel</name>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="181"/>
        <source>(not set)</source>
        <extracomment>Group of runs that have no value for the grouping key</extracomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="294"/>
        <source>Runs</source>
        <extracomment>Column header of the grouped runs: number of runs in the group</extracomment>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="303"/>
        <source>%1 min</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="306"/>
        <source>%1 mean</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 moyenne</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="309"/>
        <source>%1 max</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 max</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::RunTableModel</name>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="521"/>
        <source>%1
Run ID: %2</source>
        <extracomment>Tooltip of a run&apos;s name: %1 is the run name, %2 the run id</extracomment>
        <translation>%1
ID d&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="543"/>
        <source>Ended %1
%2</source>
        <extracomment>Tooltip of a run&apos;s duration: %1 local end time, %2 exact UTC end time</extracomment>
        <translation>Terminée le %1
%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="547"/>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="558"/>
        <source>%1 v%2</source>
        <extracomment>A model version in the runs table: %1 is the registered model, %2 the version</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="585"/>
        <source>Name</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="588"/>
        <source>Status</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="591"/>
        <source>Created</source>
        <extracomment>Column header in the runs table: when the run started</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="594"/>
        <source>Duration</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="597"/>
        <source>User</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="600"/>
        <source>Source</source>
        <extracomment>Column header in the runs table: the script or notebook that logged the run</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="603"/>
        <source>Registered models</source>
        <extracomment>Column header in the runs table: the model versions registered from the run</extracomment>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="606"/>
        <source>Experiment</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="619"/>
        <source>min</source>
        <extracomment>Suffix of a metric column header showing the smallest value logged</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="623"/>
        <source>max</source>
        <extracomment>Suffix of a metric column header showing the largest value logged</extracomment>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="627"/>
        <source>mean</source>
        <extracomment>Suffix of a metric column header showing the mean of the values logged</extracomment>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="631"/>
        <source>step %1</source>
        <extracomment>Suffix of a metric column header: the value logged at step %1</extracomment>
        <translation>pas %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="638"/>
        <source>%1 (%2)</source>
        <extracomment>Metric column header: %1 is the metric key, %2 the aggregate (min, max, mean)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="645"/>
        <source>Metric “%1”, latest value</source>
        <extracomment>Tooltip of a metric column header</extracomment>
        <translation>Métrique «&#xa0;%1&#xa0;», dernière valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="647"/>
        <source>Metric “%1”, %2 over all steps</source>
        <extracomment>Tooltip of a metric column header: %2 is min, max or mean</extracomment>
        <translation>Métrique «&#xa0;%1&#xa0;», %2 sur tous les pas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="649"/>
        <source>Parameter “%1”</source>
        <translation>Paramètre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="651"/>
        <source>Tag “%1”</source>
        <translation>Tag «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ArtifactsPanel</name>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="83"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="85"/>
        <source>Open the file with the desktop&apos;s application for it</source>
        <translation>Ouvrir le fichier avec l&apos;application associée du bureau</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="86"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="95"/>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="146"/>
        <source>This run&apos;s artifacts are not stored locally.</source>
        <translation>Les artefacts de cette exécution ne sont pas stockés localement.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="147"/>
        <source>This run has no artifacts.</source>
        <translation>Cette exécution n&apos;a aucun artefact.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="152"/>
        <source>Select a file to preview it.</source>
        <translation>Sélectionnez un fichier pour en afficher l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="172"/>
        <source>%1 could not be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="177"/>
        <source>The copy could not be written to %1.</source>
        <translation>Impossible d&apos;écrire la copie dans %1.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="215"/>
        <location filename="../views/runs/artifactspanel.cpp" line="235"/>
        <source>None recorded.</source>
        <translation>Aucune information enregistrée.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="223"/>
        <source>MLflow model</source>
        <translation>Modèle MLflow</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="225"/>
        <source>Saved with MLflow %1</source>
        <translation>Enregistré avec MLflow %1</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="227"/>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="230"/>
        <source>Signature inputs</source>
        <translation>Entrées de la signature</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="231"/>
        <source>Signature outputs</source>
        <translation>Sorties de la signature</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="233"/>
        <source>Environment files</source>
        <translation>Fichiers d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="242"/>
        <source>No preview for this kind of file.</source>
        <translation>Aucun aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="245"/>
        <source>This file is too large to preview.</source>
        <translation>Ce fichier est trop volumineux pour un aperçu.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="248"/>
        <source>This file cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher ce fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ColumnChooser</name>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="51"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="54"/>
        <source>Search columns</source>
        <translation>Rechercher des colonnes</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="59"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="61"/>
        <source>Pinned</source>
        <extracomment>Column chooser: the check box that keeps a column at the left</extracomment>
        <translation>Épinglée</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="69"/>
        <source>Drag column headers to reorder them. Pinned columns stay at the left while the table scrolls sideways.</source>
        <translation>Faites glisser les en-têtes pour réordonner les colonnes. Les colonnes épinglées restent à gauche quand le tableau défile horizontalement.</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="128"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="151"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="152"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="153"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::DescriptionEditor</name>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="26"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="32"/>
        <source>Describe the run in Markdown: **bold**, lists, links…</source>
        <extracomment>Placeholder of the run description editor</extracomment>
        <translation>Décrivez l&apos;exécution en Markdown&#xa0;: **gras**, listes, liens…</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="57"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="100"/>
        <source>No description.</source>
        <extracomment>Shown in the Description tab of a run without a description</extracomment>
        <translation>Aucune description.</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ExperimentSidebar</name>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="34"/>
        <source>EXPERIMENTS</source>
        <translation>EXPÉRIENCES</translation>
    </message>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="50"/>
        <source>Search experiments</source>
        <translation>Rechercher des expériences</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::FilterBar</name>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="100"/>
        <source>Filter runs, e.g. metrics.rmse &lt; 1 and params.model = &apos;tree&apos;</source>
        <extracomment>Placeholder of the runs filter; the example is in the search language, keep it as is</extracomment>
        <translation>Filtrer les exécutions, par ex. metrics.rmse &lt; 1 and params.model = &apos;tree&apos;</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="102"/>
        <location filename="../views/runs/filterbar.cpp" line="328"/>
        <source>MLflow&apos;s search syntax, plus OR, NOT, parentheses and min(metrics.x), max(), mean(). Press Enter to apply.</source>
        <translation>La syntaxe de recherche de MLflow, avec en plus OR, NOT, les parenthèses et min(metrics.x), max(), mean(). Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="107"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="108"/>
        <source>Recent filters</source>
        <translation>Filtres récents</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="116"/>
        <source>Quick</source>
        <extracomment>Menu button with ready-made filters (status, time range)</extracomment>
        <translation>Filtres rapides</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="117"/>
        <source>Add a ready-made condition: run status, start time</source>
        <translation>Ajouter une condition prédéfinie&#xa0;: statut d&apos;exécution, heure de début</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="126"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="127"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="128"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="129"/>
        <source>Killed</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="134"/>
        <source>Status: %1</source>
        <extracomment>Quick filter: %1 is a run status such as Finished</extracomment>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="144"/>
        <source>Started in the last 24 hours</source>
        <translation>Démarrées au cours des dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="145"/>
        <source>Started in the last 7 days</source>
        <translation>Démarrées au cours des 7 derniers jours</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="146"/>
        <source>Started in the last 30 days</source>
        <translation>Démarrées au cours des 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="296"/>
        <source>Invalid filter: %1</source>
        <extracomment>%1 is the search language&apos;s error message (English, from MLflow&apos;s rules)</extracomment>
        <translation>Filtre non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="582"/>
        <source>No recent filters</source>
        <translation>Aucun filtre récent</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="594"/>
        <source>Clear Recent Filters</source>
        <translation>Effacer les filtres récents</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::LocalServerControl</name>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="40"/>
        <source>Local &amp;Tracking Server</source>
        <translation>Serveur de suivi &amp;local</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="44"/>
        <source>Serve MLflow&apos;s REST API on 127.0.0.1 so that unmodified MLflow code logs to this store.</source>
        <translation>Sert l&apos;API REST de MLflow sur 127.0.0.1 afin que du code MLflow non modifié journalise dans ce stockage local.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="53"/>
        <source>&amp;Copy MLFLOW_TRACKING_URI Export</source>
        <translation>&amp;Copier la commande export de MLFLOW_TRACKING_URI</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="61"/>
        <source>Copied %1</source>
        <extracomment>Status bar message; %1 is the shell command that was copied</extracomment>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="113"/>
        <source>The local tracking server could not be started.</source>
        <translation>Impossible de démarrer le serveur de suivi local.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="116"/>
        <source>Port %1 is in use; the local tracking server listens on %2 instead.</source>
        <extracomment>%1 is the preferred port number, %2 the URL used instead</extracomment>
        <translation>Le port %1 est déjà utilisé&#xa0;; le serveur de suivi local écoute à la place sur %2.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="121"/>
        <source>Local tracking server started at %1</source>
        <extracomment>%1 is the server&apos;s URL</extracomment>
        <translation>Serveur de suivi local démarré sur %1</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="138"/>
        <source>Local tracking server stopped</source>
        <translation>Serveur de suivi local arrêté</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="154"/>
        <source>Local server %1</source>
        <extracomment>Status bar: %1 is the URL of the embedded tracking server</extracomment>
        <translation>Serveur local %1</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="155"/>
        <source>MLflow clients log here with:
%1</source>
        <translation>Les clients MLflow journalisent ici avec&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="100"/>
        <source>Flowdesk - %1</source>
        <extracomment>Window title: %1 is the store&apos;s directory</extracomment>
        <translation>Flowdesk - %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="153"/>
        <source>The experiments could not be read.</source>
        <translation>Impossible de lire les expériences.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="219"/>
        <source>Exported %n run(s) to %1</source>
        <extracomment>Status bar message: %n runs were written to the file %1</extracomment>
        <translation>
            <numerusform>%n exécution exportée vers %1</numerusform>
            <numerusform>%n exécutions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="229"/>
        <source>The runs could not be exported to %1.</source>
        <translation>Impossible d&apos;exporter les exécutions vers %1.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="258"/>
        <source>The run could not be renamed.</source>
        <translation>Impossible de renommer l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="261"/>
        <source>The runs could not be deleted.</source>
        <translation>Impossible de supprimer les exécutions.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="264"/>
        <source>The runs could not be restored.</source>
        <translation>Impossible de restaurer les exécutions.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="268"/>
        <source>The tag could not be changed; no run was changed.</source>
        <translation>Impossible de modifier le tag&#xa0;; aucune exécution n&apos;a été modifiée.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="274"/>
        <source>The runs could not be read.</source>
        <translation>Impossible de lire les exécutions.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="289"/>
        <source>Run %1 is no longer in the store.</source>
        <extracomment>Status bar message: %1 is the ID of a parent or child run</extracomment>
        <translation>L&apos;exécution %1 n&apos;est plus dans le stockage.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="294"/>
        <source>This run could not be read:
%1</source>
        <translation>Impossible de lire cette exécution&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="387"/>
        <source>&amp;New Experiment…</source>
        <translation>&amp;Nouvelle expérience…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="390"/>
        <source>Create an experiment</source>
        <translation>Créer une expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="393"/>
        <source>Create &amp;Demo Data…</source>
        <translation>Créer des &amp;données de démonstration…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="396"/>
        <source>&amp;Import an MLflow Folder…</source>
        <translation>&amp;Importer un dossier MLflow…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="405"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="410"/>
        <source>&amp;Copy Run ID</source>
        <translation>&amp;Copier l&apos;ID de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="433"/>
        <source>&amp;Export Runs as CSV or JSON…</source>
        <translation>&amp;Exporter les exécutions en CSV ou JSON…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="489"/>
        <source>&amp;Find Experiment</source>
        <translation>&amp;Rechercher une expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="500"/>
        <source>&amp;Rename Experiment…</source>
        <translation>Re&amp;nommer l&apos;expérience…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="504"/>
        <source>&amp;Delete Experiment…</source>
        <translation>&amp;Supprimer l&apos;expérience…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="509"/>
        <source>R&amp;estore Experiment</source>
        <translation>Res&amp;taurer l&apos;expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="513"/>
        <source>Show &amp;Deleted Experiments</source>
        <translation>Afficher les expériences su&amp;pprimées</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="521"/>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher la &amp;barre latérale</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="526"/>
        <source>Show Run &amp;Details</source>
        <translation>Afficher les &amp;détails de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="533"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="538"/>
        <source>&amp;Open Run Details</source>
        <translation>&amp;Ouvrir les détails de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="548"/>
        <source>&amp;Registered Models</source>
        <translation>&amp;Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="550"/>
        <source>Coming with the model registry editor.</source>
        <translation>Disponible avec le futur éditeur du registre de modèles.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>&amp;Add a Remote Server…</source>
        <translation>&amp;Ajouter un serveur distant…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="554"/>
        <source>Coming with the remote sync feature.</source>
        <translation>Disponible avec la future fonction de synchronisation à distance.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="399"/>
        <source>Import the experiments, runs, artifacts and models of an mlruns folder</source>
        <translation>Importer les expériences, exécutions, artefacts et modèles d&apos;un dossier mlruns</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="401"/>
        <source>Import an MLflow &amp;Database…</source>
        <translation>Importer une &amp;base de données MLflow…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Import an mlflow.db SQLite file (it is only read)</source>
        <translation>Importer un fichier SQLite mlflow.db (il est uniquement lu)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="415"/>
        <source>&amp;Filter Runs</source>
        <translation>&amp;Filtrer les exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="423"/>
        <source>Copy Run &amp;URI</source>
        <translation>Copier l&apos;&amp;URI de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="425"/>
        <source>Copy runs:/&lt;run id&gt;, as MLflow&apos;s model loading takes it</source>
        <translation>Copier runs:/&lt;ID d&apos;exécution&gt;, sous la forme attendue par le chargement de modèles de MLflow</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="428"/>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="430"/>
        <source>Copy the value of the cell under the cursor</source>
        <translation>Copier la valeur de la cellule sous le curseur</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="434"/>
        <source>The listed runs with the columns shown, in their order</source>
        <translation>Les exécutions listées, avec les colonnes affichées, dans leur ordre</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="436"/>
        <source>Export Runs</source>
        <translation>Exporter les exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="441"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="452"/>
        <source>Re&amp;name Run…</source>
        <translation>Re&amp;nommer l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="457"/>
        <source>De&amp;lete Runs</source>
        <translation>&amp;Supprimer les exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="463"/>
        <source>Res&amp;tore Runs</source>
        <translation>&amp;Restaurer les exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="477"/>
        <location filename="../views/mainwindow.cpp" line="982"/>
        <location filename="../views/mainwindow.cpp" line="1012"/>
        <location filename="../views/mainwindow.cpp" line="1021"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="482"/>
        <source>Set &amp;Tag on Selected Runs…</source>
        <translation>Définir un &amp;tag sur les exécutions sélectionnées…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="485"/>
        <source>Show Deleted &amp;Runs</source>
        <translation>Afficher les e&amp;xécutions supprimées</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="496"/>
        <source>&amp;Go To Experiment or Run…</source>
        <translation>&amp;Aller à une expérience ou une exécution…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="559"/>
        <source>&amp;About Flowdesk</source>
        <translation>À &amp;propos de Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="563"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="570"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="581"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="594"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="603"/>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="616"/>
        <source>Re&amp;gistry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="620"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="627"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="763"/>
        <source>This experiment is deleted and had no runs.</source>
        <translation>Cette expérience est supprimée et n&apos;avait aucune exécution.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="764"/>
        <source>No runs in this experiment yet.</source>
        <translation>Cette expérience n&apos;a encore aucune exécution.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="796"/>
        <source>No runs in these experiments.</source>
        <translation>Ces expériences n&apos;ont aucune exécution.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="990"/>
        <source>&amp;Undo Deleting %n Run(s)</source>
        <translation>
            <numerusform>&amp;Annuler la suppression de %n exécution</numerusform>
            <numerusform>&amp;Annuler la suppression de %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="993"/>
        <source>Deleted %n run(s). %1 restores them.</source>
        <extracomment>%1 is the shortcut of Edit &gt; Undo</extracomment>
        <translation>
            <numerusform>%n exécution supprimée. %1 la restaure.</numerusform>
            <numerusform>%n exécutions supprimées. %1 les restaure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="999"/>
        <source>&amp;Undo Restoring %n Run(s)</source>
        <translation>
            <numerusform>&amp;Annuler la restauration de %n exécution</numerusform>
            <numerusform>&amp;Annuler la restauration de %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1005"/>
        <source>&amp;Undo Renaming Run</source>
        <translation>&amp;Annuler le renommage de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1048"/>
        <source>That experiment is no longer in the store.</source>
        <translation>Cette expérience n&apos;est plus dans le stockage.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1074"/>
        <source>The run&apos;s experiment is not listed: it may be deleted; show deleted experiments to reach it.</source>
        <translation>L&apos;expérience de l&apos;exécution n&apos;est pas listée : elle est peut-être supprimée ; affichez les expériences supprimées pour l&apos;atteindre.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1159"/>
        <source>Loading runs…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1163"/>
        <source>%1 of %2 runs</source>
        <extracomment>Status bar: runs matching the filter of all runs in the experiment</extracomment>
        <translation>%1 sur %2 exécutions</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1188"/>
        <source>New Experiment</source>
        <translation>Nouvelle expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1189"/>
        <source>Name of the new experiment:</source>
        <translation>Nom de la nouvelle expérience&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1190"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1206"/>
        <source>Rename Experiment</source>
        <translation>Renommer l&apos;expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1207"/>
        <location filename="../views/mainwindow.cpp" line="1285"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1209"/>
        <location filename="../views/mainwindow.cpp" line="1287"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1224"/>
        <source>Delete Experiment</source>
        <translation>Supprimer l&apos;expérience</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1225"/>
        <source>Delete the experiment “%1”?</source>
        <translation>Supprimer l&apos;expérience «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1231"/>
        <source>Its %Ln run(s) will be deleted with it. You can restore both from View ▸ Show Deleted Experiments.</source>
        <translation>
            <numerusform>%Ln exécution associée sera également supprimée. Vous pourrez restaurer l&apos;expérience et son exécution via Affichage ▸ Afficher les expériences supprimées.</numerusform>
            <numerusform>%Ln exécutions associées seront également supprimées. Vous pourrez restaurer l&apos;expérience et ses exécutions via Affichage ▸ Afficher les expériences supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1235"/>
        <location filename="../views/mainwindow.cpp" line="1322"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1257"/>
        <location filename="../views/mainwindow.cpp" line="1262"/>
        <source>An experiment with that name already exists.</source>
        <translation>Une expérience portant ce nom existe déjà.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1258"/>
        <source>The experiment could not be created.</source>
        <translation>Impossible de créer l&apos;expérience.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1263"/>
        <source>The experiment could not be renamed.</source>
        <translation>Impossible de renommer l&apos;expérience.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1266"/>
        <source>The experiment could not be deleted.</source>
        <translation>Impossible de supprimer l&apos;expérience.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1269"/>
        <source>The experiment could not be restored.</source>
        <translation>Impossible de restaurer l&apos;expérience.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1284"/>
        <source>Rename Run</source>
        <translation>Renommer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1315"/>
        <source>Delete Runs</source>
        <translation>Supprimer les exécutions</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1316"/>
        <source>Delete %n run(s)?</source>
        <translation>
            <numerusform>Supprimer %n exécution&#xa0;?</numerusform>
            <numerusform>Supprimer %n exécutions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1321"/>
        <source>Deleted runs can be restored from View ▸ Show Deleted Runs.</source>
        <translation>Les exécutions supprimées peuvent être restaurées via Affichage ▸ Afficher les exécutions supprimées.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1347"/>
        <source>Set Tag</source>
        <translation>Définir un tag</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1353"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1354"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1357"/>
        <source>Set on %n run(s)</source>
        <translation>
            <numerusform>Définir sur %n exécution</numerusform>
            <numerusform>Définir sur %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1367"/>
        <source>Sets the tag on the %n selected run(s) at once.</source>
        <extracomment>%n is the number of selected runs</extracomment>
        <translation>
            <numerusform>Définit le tag sur %n exécution sélectionnée.</numerusform>
            <numerusform>Définit le tag en une seule fois sur les %n exécutions sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1467"/>
        <source>Exporting %1…</source>
        <extracomment>Status bar message while the export runs</extracomment>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1475"/>
        <source>Copied %1</source>
        <extracomment>Status bar message after copying run ids</extracomment>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1506"/>
        <source>Created %Ln demo run(s)</source>
        <extracomment>Status bar message after generating demo data</extracomment>
        <translation>
            <numerusform>%Ln exécution de démonstration créée</numerusform>
            <numerusform>%Ln exécutions de démonstration créées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1512"/>
        <source>The demo data could not be created.</source>
        <translation>Impossible de créer les données de démonstration.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1515"/>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1515"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1517"/>
        <source>Demo Data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1533"/>
        <source>About Flowdesk</source>
        <translation>À propos de Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1536"/>
        <source>Flowdesk %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Flowdesk %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1539"/>
        <source>Experiment tracking and model registry for the desktop, compatible with MLflow.&lt;br&gt;&lt;br&gt;Store: %1&lt;br&gt;Qt %2</source>
        <translation>Suivi d&apos;expériences et registre de modèles pour le bureau, compatible avec MLflow.&lt;br&gt;&lt;br&gt;Stockage local&#xa0;: %1&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1550"/>
        <source>Flowdesk</source>
        <translation>Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1584"/>
        <source>Import an MLflow mlruns Folder</source>
        <translation>Importer un dossier mlruns MLflow</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1592"/>
        <source>Import an MLflow Database</source>
        <translation>Importer une base de données MLflow</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1594"/>
        <source>MLflow databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données MLflow (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::QuickSwitcher</name>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="27"/>
        <source>Go To</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="30"/>
        <source>Go to an experiment or a run: type a name or a run id</source>
        <translation>Aller à une expérience ou une exécution : saisissez un nom ou un identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="62"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="102"/>
        <source>Experiments; type to find runs too. Enter opens, Esc closes.</source>
        <translation>Expériences ; tapez pour trouver aussi des exécutions. Entrée ouvre, Échap ferme.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="104"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="106"/>
        <source>Enter opens, Esc closes.</source>
        <translation>Entrée ouvre, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunDetailsPanel</name>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="61"/>
        <location filename="../views/runs/rundetailspanel.cpp" line="524"/>
        <source>Select a run to see its details.</source>
        <translation>Sélectionnez une exécution pour en voir les détails.</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="106"/>
        <source>Copy the run ID</source>
        <translation>Copier l&apos;ID de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="115"/>
        <source>Run ID</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>ID d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="118"/>
        <source>Status</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="120"/>
        <source>Started</source>
        <extracomment>Field label in the run overview: start time</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="122"/>
        <source>Ended</source>
        <extracomment>Field label in the run overview: end time</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="124"/>
        <source>Duration</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="126"/>
        <source>User</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="128"/>
        <source>Source</source>
        <extracomment>Field label in the run overview: script or notebook that logged the run</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="130"/>
        <source>Git commit</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Commit Git</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="137"/>
        <source>Datasets</source>
        <extracomment>Field label in the run overview: the dataset inputs the run logged</extracomment>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="139"/>
        <source>Registered models</source>
        <extracomment>Field label in the run overview: registered model versions created from the run</extracomment>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="141"/>
        <source>Parent run</source>
        <extracomment>Field label in the run overview: the run this run is nested in</extracomment>
        <translation>Exécution parente</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="148"/>
        <source>Child runs</source>
        <extracomment>Field label in the run overview: the runs nested in this run</extracomment>
        <translation>Exécutions enfants</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="150"/>
        <source>Artifact URI</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>URI des artefacts</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="159"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="161"/>
        <source>Description</source>
        <extracomment>Details tab: the run&apos;s Markdown description (mlflow.note.content)</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="164"/>
        <source>Filter parameters by name or value</source>
        <translation>Filtrer les paramètres par nom ou valeur</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="169"/>
        <source>Filter metrics by name</source>
        <translation>Filtrer les métriques par nom</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="174"/>
        <source>Artifacts</source>
        <extracomment>Details tab: the run&apos;s artifact files</extracomment>
        <translation>Artefacts</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="210"/>
        <source>Not in the runs table: filtered out or in another experiment.</source>
        <translation>Absente du tableau des exécutions : filtrée ou dans une autre expérience.</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="214"/>
        <source>Show in Table</source>
        <translation>Afficher dans le tableau</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="217"/>
        <source>Select the run&apos;s experiment, clear the filter and select the run in the table</source>
        <translation>Sélectionner l&apos;expérience de l&apos;exécution, effacer le filtre et sélectionner l&apos;exécution dans le tableau</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="332"/>
        <source>%1, deleted</source>
        <extracomment>Status of a run that was deleted: %1 is its status, e.g. Finished</extracomment>
        <translation>%1, supprimée</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="345"/>
        <source>%1 so far</source>
        <extracomment>Duration of a run that has not ended: %1 is the time so far</extracomment>
        <translation>%1 jusqu&apos;à présent</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="406"/>
        <source>%1 (not in this store)</source>
        <extracomment>A related run that is not in the store (any more): %1 its ID</extracomment>
        <translation>%1 (absente de ce stockage)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="413"/>
        <source>%1 (not in the table)</source>
        <extracomment>A related run that the runs table does not list: %1 the link with its name</extracomment>
        <translation>%1 (absente du tableau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs/rundetailspanel.cpp" line="490"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="557"/>
        <source>No dataset inputs logged</source>
        <translation>Aucune entrée de jeu de données enregistrée</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="593"/>
        <source>Digest: %1</source>
        <extracomment>Tooltip of a dataset&apos;s short digest: %1 the whole digest</extracomment>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="600"/>
        <source>Context in which the run used the dataset</source>
        <translation>Contexte dans lequel l&apos;exécution a utilisé le jeu de données</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="617"/>
        <source>%1: %2</source>
        <extracomment>A dataset&apos;s source: %1 its type (e.g. local, http, delta), %2 where it is</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="650"/>
        <source>Schema…</source>
        <translation>Schéma…</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="651"/>
        <source>Profile…</source>
        <translation>Profil…</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="688"/>
        <source>Profile of %1</source>
        <translation>Profil de %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="690"/>
        <source>Schema of %1</source>
        <translation>Schéma de %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="733"/>
        <source>%1 v%2</source>
        <extracomment>A registered model version: %1 the model&apos;s name, %2 its version number</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="742"/>
        <source>Staging</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="746"/>
        <source>Production</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="750"/>
        <source>Archived</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="758"/>
        <source>Model versions registered from this run&apos;s artifacts</source>
        <translation>Versions de modèle enregistrées à partir des artefacts de cette exécution</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="764"/>
        <source>Params (%L1)</source>
        <extracomment>Details tab title with the number of params</extracomment>
        <translation>Paramètres (%L1)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="766"/>
        <source>Metrics (%L1)</source>
        <extracomment>Details tab title with the number of metrics</extracomment>
        <translation>Métriques (%L1)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="768"/>
        <source>Tags (%L1)</source>
        <extracomment>Details tab title with the number of tags</extracomment>
        <translation>Tags (%L1)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunsPane</name>
    <message>
        <location filename="../views/runs/runspane.cpp" line="49"/>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="50"/>
        <source>Choose the columns: attributes, metrics, parameters, tags</source>
        <translation>Choisir les colonnes&#xa0;: attributs, métriques, paramètres, tags</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="144"/>
        <source>Group the runs by a parameter or tag value</source>
        <translation>Regrouper les exécutions par valeur de paramètre ou de tag</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="156"/>
        <source>Group by:</source>
        <translation>Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="218"/>
        <source>Loading runs…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="221"/>
        <source>%1 of %2 runs</source>
        <extracomment>Under the experiment&apos;s name: runs matching the filter of all its runs</extracomment>
        <translation>%1 sur %2 exécutions</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="434"/>
        <source>None</source>
        <comment>group by</comment>
        <extracomment>&quot;Group by&quot; choice that shows the plain runs table No grouping of the runs table</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="147"/>
        <source>Metrics whose latest values are summarized per group</source>
        <translation>Métriques dont les dernières valeurs sont résumées par groupe</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="383"/>
        <source>No metrics</source>
        <extracomment>In the group-by metrics menu when the experiment has no metrics</extracomment>
        <translation>Aucune métrique</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="404"/>
        <source>Clear</source>
        <extracomment>Group-by metrics menu: uncheck every metric (counts only)</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="414"/>
        <source>Metrics…</source>
        <extracomment>Button next to &quot;Group by&quot; that chooses the metrics summarized per group</extracomment>
        <translation>Métriques…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="420"/>
        <source>Metrics: %1</source>
        <extracomment>Button next to &quot;Group by&quot;: %1 lists the metrics summarized per group</extracomment>
        <translation>Métriques : %1</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="492"/>
        <source>Value at Step</source>
        <translation>Valeur au pas</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="493"/>
        <source>Show the value logged at step:</source>
        <translation>Afficher la valeur enregistrée au pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="530"/>
        <source>Show &amp;Latest Value</source>
        <translation>Afficher la &amp;dernière valeur</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="531"/>
        <source>Show &amp;Minimum</source>
        <translation>Afficher le m&amp;inimum</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="532"/>
        <source>Show Ma&amp;ximum</source>
        <translation>Afficher le ma&amp;ximum</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="533"/>
        <source>Show M&amp;ean</source>
        <translation>Afficher la mo&amp;yenne</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="534"/>
        <source>Show Value at &amp;Step…</source>
        <translation>Afficher la valeur au &amp;pas…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="560"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="560"/>
        <source>&amp;Pin to Left</source>
        <translation>&amp;Épingler à gauche</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="562"/>
        <source>Keep the column at the left while the table scrolls sideways</source>
        <translation>Garder la colonne à gauche pendant le défilement horizontal du tableau</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="568"/>
        <location filename="../views/runs/runspane.cpp" line="579"/>
        <source>&amp;Hide Column</source>
        <translation>&amp;Masquer la colonne</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="585"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="594"/>
        <source>%1 (deleted)</source>
        <extracomment>Title of the runs pane for a deleted experiment</extracomment>
        <translation>%1 (supprimée)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::TagsEditor</name>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="31"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="33"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="37"/>
        <source>Allow editing mlflow.* tags</source>
        <translation>Autoriser la modification des tags mlflow.*</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="40"/>
        <source>MLflow&apos;s system tags (run name, source, user, parent run…) are set by MLflow; changing them changes what MLflow shows.</source>
        <translation>Les tags système de MLflow (nom de l&apos;exécution, source, utilisateur, exécution parente…) sont définis par MLflow&#xa0;; les modifier change ce qu&apos;affiche MLflow.</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="109"/>
        <source>Add Tag</source>
        <translation>Ajouter un tag</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="109"/>
        <source>Edit Tag</source>
        <translation>Modifier le tag</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="117"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="118"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="24"/>
        <source>Welcome to Flowdesk</source>
        <translation>Bienvenue dans Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="31"/>
        <source>This store has no runs yet. Point MLflow&apos;s Python client at Flowdesk, or start with one of these:</source>
        <translation>Ce stockage local ne contient encore aucune exécution. Faites pointer le client Python de MLflow vers Flowdesk, ou commencez par l&apos;une de ces options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="36"/>
        <source>Create demo data</source>
        <translation>Créer des données de démonstration</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="37"/>
        <source>Sample experiments, runs, metric curves and models to explore.</source>
        <translation>Des exemples d&apos;expériences, d&apos;exécutions, de courbes de métriques et de modèles à explorer.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="43"/>
        <source>Import an mlruns folder…</source>
        <translation>Importer un dossier mlruns…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="44"/>
        <source>Bring in the runs of an MLflow file store or database.</source>
        <translation>Importez les exécutions d&apos;un stockage de fichiers ou d&apos;une base de données MLflow.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="99"/>
        <source>Running at %1. Set MLFLOW_TRACKING_URI=%1 and log runs.</source>
        <translation>Actif sur %1. Définissez MLFLOW_TRACKING_URI=%1 et journalisez des exécutions.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Add a remote server…</source>
        <translation>Ajouter un serveur distant…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Pull runs and models from a team MLflow server.</source>
        <translation>Récupérez les exécutions et les modèles du serveur MLflow de votre équipe.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="55"/>
        <source>Coming with the remote sync feature.</source>
        <translation>Disponible avec la future fonction de synchronisation à distance.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="58"/>
        <source>Start the local tracking server</source>
        <translation>Démarrer le serveur de suivi local</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59"/>
        <location filename="../views/welcomepage.cpp" line="97"/>
        <source>Let unmodified MLflow code log to this store on 127.0.0.1.</source>
        <translation>Permettez à du code MLflow non modifié de journaliser dans ce stockage local via 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="66"/>
        <source>Store: %1</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation>Stockage local&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="31"/>
        <source>symbolic link not copied (it could point outside the artifacts)</source>
        <translation>lien symbolique non copié (il pourrait pointer en dehors des artefacts)</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="37"/>
        <location filename="../models/importers/artifactfiles.cpp" line="48"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="42"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="105"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="56"/>
        <source>cannot copy: %1</source>
        <translation>copie impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="70"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="45"/>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="49"/>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="57"/>
        <source>neither an MLflow mlruns folder nor an MLflow SQLite database</source>
        <translation>ni un dossier mlruns MLflow, ni une base de données SQLite MLflow</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="46"/>
        <source>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped</source>
        <extracomment>%1 is a kind of item (runs, experiments, ...); then counts</extracomment>
        <translation>%1&#xa0;: %2 importation(s), %3 mise(s) à jour, %4 sans changement, %5 en échec</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="53"/>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="54"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="55"/>
        <source>Registered models</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="56"/>
        <source>Model versions</source>
        <translation>Versions de modèle</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="58"/>
        <source>Cancelled: the items above were imported before the cancel.</source>
        <translation>Annulé&#xa0;: les éléments ci-dessus ont été importés avant l&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="56"/>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="91"/>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="107"/>
        <source>cannot read the database: %1</source>
        <translation>impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="195"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="203"/>
        <source>not an MLflow database (no experiments and runs tables)</source>
        <translation>pas une base de données MLflow (tables experiments et runs absentes)</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="247"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="121"/>
        <location filename="../models/importers/mlrunsimporter.cpp" line="40"/>
        <source>no experiment named &apos;%1&apos;</source>
        <translation>aucune expérience nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="328"/>
        <source>unknown run status &apos;%1&apos;</source>
        <translation>statut d&apos;exécution inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="101"/>
        <source>the folder is not empty; export into a new folder</source>
        <translation>le dossier n&apos;est pas vide&#xa0;; exportez dans un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="213"/>
        <source>param key &apos;%1&apos; cannot be a file name</source>
        <translation>la clé de paramètre &apos;%1&apos; ne peut pas servir de nom de fichier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="218"/>
        <source>tag key &apos;%1&apos; cannot be a file name</source>
        <translation>la clé de tag &apos;%1&apos; ne peut pas servir de nom de fichier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="225"/>
        <source>metric key &apos;%1&apos; cannot be a file name</source>
        <translation>la clé de métrique &apos;%1&apos; ne peut pas servir de nom de fichier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="280"/>
        <source>the model name cannot be a folder name</source>
        <translation>le nom du modèle ne peut pas servir de nom de dossier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="38"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="47"/>
        <source>the file is missing</source>
        <translation>le fichier est manquant</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="59"/>
        <source>malformed meta.yaml: not a mapping of keys to values</source>
        <translation>meta.yaml mal formé&#xa0;: pas une table de clés et de valeurs</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="75"/>
        <source>malformed meta.yaml: &apos;%1&apos; is missing</source>
        <translation>meta.yaml mal formé&#xa0;: &apos;%1&apos; manquant</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="80"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a value</source>
        <translation>meta.yaml mal formé&#xa0;: &apos;%1&apos; n&apos;est pas une valeur simple</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="94"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a whole number</source>
        <translation>meta.yaml mal formé&#xa0;: &apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="107"/>
        <source>malformed meta.yaml: unknown lifecycle_stage &apos;%1&apos;</source>
        <translation>meta.yaml mal formé&#xa0;: valeur de lifecycle_stage inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="181"/>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="275"/>
        <source>malformed meta.yaml: &apos;tags&apos; is not a mapping</source>
        <translation>meta.yaml mal formé&#xa0;: &apos;tags&apos; n&apos;est pas une table de clés et de valeurs</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="305"/>
        <source>malformed meta.yaml: unknown status &apos;%1&apos;</source>
        <translation>meta.yaml mal formé&#xa0;: statut inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="345"/>
        <source>metric line does not parse (expected &quot;timestamp value step&quot;): &apos;%1&apos;</source>
        <translation>ligne de métrique illisible (format attendu&#xa0;: &quot;timestamp value step&quot;)&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="54"/>
        <location filename="../models/importers/mlrunsreader.cpp" line="369"/>
        <location filename="../models/importers/mlrunsreader.cpp" line="472"/>
        <source>malformed YAML: %1</source>
        <translation>YAML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="421"/>
        <source>malformed meta.yaml: no version number</source>
        <translation>meta.yaml mal formé&#xa0;: aucun numéro de version</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="444"/>
        <source>malformed meta.yaml: unknown current_stage &apos;%1&apos;</source>
        <translation>meta.yaml mal formé&#xa0;: valeur de current_stage inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="141"/>
        <source>experiment &apos;%1&apos; not imported: %2</source>
        <translation>expérience &apos;%1&apos; non importée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="202"/>
        <source>artifacts could not be copied: %1</source>
        <translation>les artefacts n&apos;ont pas pu être copiés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="222"/>
        <source>run %1 not imported: %2</source>
        <translation>exécution %1 non importée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="266"/>
        <source>version %1 of &apos;%2&apos; not imported: the store already has a version %1 from run &apos;%3&apos;</source>
        <translation>version %1 de &apos;%2&apos; non importée&#xa0;: le stockage local contient déjà une version %1 issue de l&apos;exécution &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="307"/>
        <source>registered model &apos;%1&apos; not imported: %2</source>
        <translation>modèle enregistré &apos;%1&apos; non importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="36"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="40"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;12.5 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="45"/>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="56"/>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours</extracomment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="70"/>
        <source>1 run</source>
        <extracomment>A count of runs, singular</extracomment>
        <translation>1 exécution</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="72"/>
        <source>%Ln runs</source>
        <extracomment>A count of runs, plural (numerus form)</extracomment>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="79"/>
        <source>1 experiment</source>
        <extracomment>A count of experiments, singular</extracomment>
        <translation>1 expérience</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="81"/>
        <source>%Ln experiments</source>
        <extracomment>A count of experiments, plural (numerus form)</extracomment>
        <translation>
            <numerusform>%Ln expérience</numerusform>
            <numerusform>%Ln expériences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="100"/>
        <source>Running</source>
        <extracomment>Run status</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="103"/>
        <source>Scheduled</source>
        <extracomment>Run status</extracomment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="106"/>
        <source>Finished</source>
        <extracomment>Run status</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="109"/>
        <source>Failed</source>
        <extracomment>Run status</extracomment>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="112"/>
        <source>Killed</source>
        <extracomment>Run status</extracomment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/artifactpreview.cpp" line="111"/>
        <source>This MLmodel file is not valid YAML: %1</source>
        <extracomment>%1 is the YAML parser&apos;s message</extracomment>
        <translation>Ce fichier MLmodel n&apos;est pas un YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="56"/>
        <source>%1 (%2)</source>
        <extracomment>One column of a dataset schema: %1 its name, %2 its type, e.g. &quot;age (long)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="59"/>
        <source>%n column(s): %1</source>
        <extracomment>Summary of a dataset schema: %n the number of columns, %1 the columns</extracomment>
        <translation>
            <numerusform>%n colonne : %1</numerusform>
            <numerusform>%n colonnes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="69"/>
        <source>%1 rows</source>
        <extracomment>Dataset profile: %1 the number of rows</extracomment>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="74"/>
        <source>%1 elements</source>
        <extracomment>Dataset profile: %1 the number of values (rows times columns)</extracomment>
        <translation>%1 éléments</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="39"/>
        <source>Expected AND, OR or the end of the filter here.</source>
        <translation>AND, OR ou la fin du filtre est attendu ici.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="108"/>
        <source>The filter ends where a condition is expected.</source>
        <translation>Le filtre se termine là où une condition est attendue.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="124"/>
        <source>Expected &apos;)&apos; to close the &apos;(&apos; at position %1.</source>
        <translation>&apos;)&apos; attendue pour fermer la &apos;(&apos; à la position %1.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="141"/>
        <location filename="../models/query/extendedfilterparser.cpp" line="175"/>
        <source>Expected a key such as metrics.loss or params.lr.</source>
        <translation>Clé attendue, par exemple metrics.loss ou params.lr.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="151"/>
        <source>%1() takes a metric, e.g. %1(metrics.loss).</source>
        <translation>%1() prend une métrique, par ex. %1(metrics.loss).</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="153"/>
        <source>Expected &apos;)&apos; after the metric.</source>
        <translation>&apos;)&apos; attendue après la métrique.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="203"/>
        <source>@step applies to metrics only.</source>
        <translation>@step ne s&apos;applique qu&apos;aux métriques.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="207"/>
        <source>Expected &apos;=&apos; and a step number after @step.</source>
        <translation>&apos;=&apos; et un numéro de pas attendus après @step.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="214"/>
        <source>Expected a whole step number after @step=.</source>
        <translation>Numéro de pas entier attendu après @step=.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="237"/>
        <source>Expected a comparison after the key.</source>
        <translation>Comparaison attendue après la clé.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="253"/>
        <source>Expected NULL or NOT NULL after IS.</source>
        <translation>NULL ou NOT NULL attendu après IS.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="256"/>
        <source>Datasets cannot be compared with NULL.</source>
        <translation>Les jeux de données ne peuvent pas être comparés à NULL.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="258"/>
        <source>Only end_time, start_time and duration can be NULL.</source>
        <translation>Seuls end_time, start_time et duration peuvent être NULL.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="275"/>
        <source>IN takes strings; compare numbers with = or &lt;, &gt;.</source>
        <translation>IN prend des chaînes&#xa0;; comparez les nombres avec = ou &lt;, &gt;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="277"/>
        <source>Expected a list such as (&apos;a&apos;, &apos;b&apos;) after IN.</source>
        <translation>Liste attendue après IN, par exemple (&apos;a&apos;, &apos;b&apos;).</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="282"/>
        <source>Expected a quoted string in the list.</source>
        <translation>Chaîne entre guillemets attendue dans la liste.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="291"/>
        <source>Expected &apos;,&apos; or &apos;)&apos; in the list.</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la liste.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="299"/>
        <source>Expected a comparison such as =, !=, &lt;, &gt;, LIKE, IN or IS NULL.</source>
        <translation>Comparaison attendue, par exemple =, !=, &lt;, &gt;, LIKE, IN ou IS NULL.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="316"/>
        <source>Unknown comparison &apos;%1&apos;.</source>
        <translation>Comparaison inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="323"/>
        <source>Expected a value after &apos;%1&apos;.</source>
        <translation>Valeur attendue après &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="328"/>
        <source>LIKE takes a quoted pattern.</source>
        <translation>LIKE prend un motif entre guillemets.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="331"/>
        <source>Compare %1 with a quoted string.</source>
        <translation>Comparez %1 à une chaîne entre guillemets.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="339"/>
        <source>Compare %1 with a number.</source>
        <translation>Comparez %1 à un nombre.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="345"/>
        <source>Strings are compared with =, !=, LIKE or ILIKE; use a number for &lt; and &gt;.</source>
        <translation>Les chaînes se comparent avec =, !=, LIKE ou ILIKE&#xa0;; utilisez un nombre pour &lt; et &gt;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="350"/>
        <source>Expected a number or a quoted string.</source>
        <translation>Nombre ou chaîne entre guillemets attendu.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../models/server/authenticator.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="43"/>
        <source>%1, line %2: expected user:password</source>
        <translation>%1, ligne %2&#xa0;: user:password attendu</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="50"/>
        <source>%1 names no user (expected user:password lines)</source>
        <translation>%1 ne désigne aucun utilisateur (lignes user:password attendues)</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="64"/>
        <source>%1 is empty: it must hold the token</source>
        <translation>%1 est vide&#xa0;: le fichier doit contenir le jeton</translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="52"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le stockage local&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="61"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
</TS>
