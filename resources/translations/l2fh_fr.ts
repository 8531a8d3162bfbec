<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About L2FH Desk</source>
            <translation>À propos de L2FH Desk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Build date</source>
            <translation>Date de compilation</translation>
        </message>
        <message>
            <source>Build commit</source>
            <translation>Commit de compilation</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Version du schéma</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Hospital UUID</source>
            <translation>UUID de l'hôpital</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Empreinte de la clé</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>L2FH Desk — offline logger for a UN Level-2 Field Hospital</source>
            <translation>L2FH Desk — registre hors ligne pour un hôpital de campagne de niveau 2 de l'ONU</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>development build</source>
            <translation>version de développement</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>The first commander account</source>
            <translation>Le premier compte de commandant</translation>
        </message>
        <message>
            <source>The commander manages accounts, rotations, reports and exports.</source>
            <translation>Le commandant gère les comptes, les rotations, les rapports et les exportations.</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>Full name and &amp;rank</source>
            <translation>Nom complet et &amp;grade</translation>
        </message>
        <message>
            <source>&amp;Password (at least 8 characters)</source>
            <translation>&amp;Mot de passe (au moins 8 caractères)</translation>
        </message>
        <message>
            <source>&amp;Repeat the password</source>
            <translation>&amp;Répéter le mot de passe</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Locked (wrong passwords)</source>
            <translation>Verrouillé (mots de passe erronés)</translation>
        </message>
        <message>
            <source>No key yet (reset the password)</source>
            <translation>Pas encore de clé (réinitialiser le mot de passe)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Name and rank</source>
            <translation>Nom et grade</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Accounts&lt;/h2&gt;Who may sign in, and with which role.</source>
            <translation>&lt;h2&gt;Comptes&lt;/h2&gt;Qui peut se connecter, et avec quel rôle.</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;Nouveau compte…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>Dé&amp;verrouiller</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Définir le &amp;rôle</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Activer</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>Nouveau mot de passe pour %1</translation>
        </message>
        <message>
            <source>The password was reset and the account unlocked.</source>
            <translation>Le mot de passe a été réinitialisé et le compte déverrouillé.</translation>
        </message>
        <message>
            <source>The account was unlocked: it may sign in again.</source>
            <translation>Le compte a été déverrouillé : il peut de nouveau se connecter.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Making the demo hospital database…</source>
            <translation>Création de la base de données de l'hôpital de démonstration…</translation>
        </message>
        <message>
            <source>HQ workspace: %1</source>
            <translation>Espace QG : %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>The operation failed</source>
            <translation>L'opération a échoué</translation>
        </message>
    </context>
    <context>
        <name>BedBoardModel</name>
        <message>
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Sex, age</source>
            <translation>Sexe, âge</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>UN index no. or home</source>
            <translation>N° d'index ONU ou domicile</translation>
        </message>
        <message>
            <source>Days in</source>
            <translation>Jours d'hospitalisation</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan de traitement</translation>
        </message>
        <message>
            <source>Admitted %1</source>
            <translation>Admis le %1</translation>
        </message>
    </context>
    <context>
        <name>BedPicker</name>
        <message>
            <source>No free bed: discharge or move a patient first.</source>
            <translation>Aucun lit libre : faites d'abord sortir ou changer de lit un patient.</translation>
        </message>
        <message>
            <source>No free bed matches “%1”.</source>
            <translation>Aucun lit libre ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>Free beds: %1 of %2 · ↑/↓ to choose, Enter to take</source>
            <translation>Lits libres : %1 sur %2 · ↑/↓ pour choisir, Entrée pour prendre</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <source>New password (at least 8 characters)</source>
            <translation>Nouveau mot de passe (au moins 8 caractères)</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>Répéter le nouveau mot de passe</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmSigner</name>
        <message>
            <source>Confirm the hospital's key</source>
            <translation>Confirmer la clé de l'hôpital</translation>
        </message>
        <message>
            <source>HQ has never received a bundle from this hospital's key. The bundle says it is from:</source>
            <translation>Le QG n'a jamais reçu de lot signé par cette clé. Le lot dit venir de :</translation>
        </message>
        <message numerus="yes">
            <source>File(s): %1</source>
            <translation>
                <numerusform>Fichier : %1</numerusform>
                <numerusform>Fichiers : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone the hospital and have them read their key fingerprint (Help &gt; About in their app). Trust the key only if every group below matches.</source>
            <translation>Appelez l'hôpital et faites-lui lire l'empreinte de sa clé (Aide &gt; À propos dans son application). Ne faites confiance à la clé que si chaque groupe ci-dessous correspond.</translation>
        </message>
        <message>
            <source>The fingerprint &amp;matches: trust this key</source>
            <translation>L'empreinte &amp;correspond : faire confiance à cette clé</translation>
        </message>
        <message>
            <source>It does &amp;not match: do not import</source>
            <translation>Elle ne correspond &amp;pas : ne pas importer</translation>
        </message>
    </context>
    <context>
        <name>CoreErrors</name>
        <message>
            <source>Username may hold letters, digits, '.', '_' and '-' (at most 64)</source>
            <translation>Le nom d'utilisateur ne peut contenir que des lettres, des chiffres, « . », « _ » et « - » (64 au plus)</translation>
        </message>
        <message>
            <source>Diastolic blood pressure must be lower than systolic</source>
            <translation>La pression diastolique doit être inférieure à la systolique</translation>
        </message>
        <message>
            <source>ICD-10 code '%1' does not exist</source>
            <translation>Le code CIM-10 « %1 » n'existe pas</translation>
        </message>
        <message>
            <source>A patient dead on arrival is triaged as dead</source>
            <translation>Un patient décédé à l'arrivée est trié comme décédé</translation>
        </message>
        <message>
            <source>Only one diagnosis can be primary</source>
            <translation>Un seul diagnostic peut être principal</translation>
        </message>
        <message>
            <source>The encounter belongs to another patient</source>
            <translation>Cette consultation appartient à un autre patient</translation>
        </message>
        <message>
            <source>The encounter is before the patient's date of birth</source>
            <translation>La consultation précède la date de naissance du patient</translation>
        </message>
        <message>
            <source>Pregnancy can only be recorded for a female patient</source>
            <translation>Une grossesse ne peut être notée que pour une patiente</translation>
        </message>
        <message>
            <source>Pregnancy at age %1 is not plausible (expected %2-%3)</source>
            <translation>Une grossesse à %1 ans n'est pas plausible (attendu : %2 à %3)</translation>
        </message>
        <message>
            <source>%1 of 0 is recorded only for a patient dead on arrival or who died (otherwise %2 to %3 %4)</source>
            <translation>%1 à 0 n'est noté que pour un patient décédé à l'arrivée ou décédé (sinon %2 à %3 %4)</translation>
        </message>
        <message>
            <source>The rotation must end after it starts</source>
            <translation>La rotation doit se terminer après son début</translation>
        </message>
        <message>
            <source>Women and girls (%1) plus men and boys (%2) must equal the people reached (%3)</source>
            <translation>Les femmes et filles (%1) plus les hommes et garçons (%2) doivent égaler les personnes touchées (%3)</translation>
        </message>
        <message>
            <source>Children reached cannot exceed the people reached</source>
            <translation>Les enfants touchés ne peuvent dépasser les personnes touchées</translation>
        </message>
        <message>
            <source>A quantity needs a unit (e.g. masks, ha)</source>
            <translation>Une quantité demande une unité (p. ex. masques, ha)</translation>
        </message>
        <message>
            <source>Staff taking part cannot be fewer than the names listed</source>
            <translation>Le personnel participant ne peut être moins nombreux que les noms indiqués</translation>
        </message>
        <message>
            <source>Estimated age must be between 0 and %1 years</source>
            <translation>L'âge estimé doit être compris entre 0 et %1 ans</translation>
        </message>
        <message>
            <source>Date of birth gives an age over %1 years</source>
            <translation>Cette date de naissance donne un âge de plus de %1 ans</translation>
        </message>
        <message>
            <source>UN index number may hold only letters, digits, '-' and '/'</source>
            <translation>Le numéro d'index ONU ne peut contenir que des lettres, des chiffres, « - » et « / »</translation>
        </message>
        <message>
            <source>UN index number is at most 20 characters</source>
            <translation>Le numéro d'index ONU compte 20 caractères au plus</translation>
        </message>
        <message>
            <source>This field is required</source>
            <translation>Ce champ est obligatoire</translation>
        </message>
        <message>
            <source>Cannot be in the future</source>
            <translation>Ne peut pas être dans le futur</translation>
        </message>
        <message>
            <source>Approval must be after the request</source>
            <translation>L'approbation doit suivre la demande</translation>
        </message>
        <message>
            <source>Departure must be after the request</source>
            <translation>Le départ doit suivre la demande</translation>
        </message>
        <message>
            <source>Departure must be after the approval</source>
            <translation>Le départ doit suivre l'approbation</translation>
        </message>
        <message>
            <source>Arrival must be after the departure</source>
            <translation>L'arrivée doit suivre le départ</translation>
        </message>
        <message>
            <source>An evacuation that is %1 needs the time</source>
            <translation>Une évacuation à l'état %1 demande l'heure</translation>
        </message>
        <message>
            <source>Discharge must be after admission</source>
            <translation>La sortie doit suivre l'admission</translation>
        </message>
        <message>
            <source>A discharge needs an outcome</source>
            <translation>Une sortie demande une issue</translation>
        </message>
        <message>
            <source>An outcome needs a discharge time</source>
            <translation>Une issue demande une heure de sortie</translation>
        </message>
        <message>
            <source>Choose the disposition (what happens to the patient now)</source>
            <translation>Choisissez l'orientation (ce que devient le patient maintenant)</translation>
        </message>
        <message>
            <source>An emergency encounter needs a triage category</source>
            <translation>Une consultation d'urgence demande une catégorie de tri</translation>
        </message>
        <message>
            <source>An admission needs a bed</source>
            <translation>Une admission demande un lit</translation>
        </message>
        <message>
            <source>An evacuation needs a destination</source>
            <translation>Une évacuation demande une destination</translation>
        </message>
        <message>
            <source>This encounter was already saved with another disposition; change it from the patient's record</source>
            <translation>Cette consultation a déjà été enregistrée avec une autre orientation ; modifiez-la depuis le dossier du patient</translation>
        </message>
        <message>
            <source>Open a rotation first (Rotations page)</source>
            <translation>Ouvrez d'abord une rotation (page Rotations)</translation>
        </message>
        <message>
            <source>The next rotation must be numbered after %1</source>
            <translation>La rotation suivante doit porter un numéro supérieur à %1</translation>
        </message>
        <message>
            <source>The next rotation must start after the current one</source>
            <translation>La rotation suivante doit commencer après l'actuelle</translation>
        </message>
        <message>
            <source>A record of '%1' cannot be voided</source>
            <translation>Un enregistrement de type « %1 » ne peut pas être annulé</translation>
        </message>
        <message>
            <source>Only a patient on the ward can be evacuated from it</source>
            <translation>Seul un patient hospitalisé peut être évacué du service</translation>
        </message>
        <message>
            <source>An evacuation of this patient is already pending; approve, record the departure or cancel it</source>
            <translation>Une évacuation de ce patient est déjà en attente ; approuvez-la, notez le départ ou annulez-la</translation>
        </message>
        <message>
            <source>This is an HQ database: patients, encounters, the ward and outreach are recorded at the hospitals and reach HQ in their bundles</source>
            <translation>Ceci est une base du QG : patients, consultations, hospitalisations et actions de proximité sont saisis dans les hôpitaux et parviennent au QG dans leurs lots</translation>
        </message>
        <message>
            <source>A reason is required to void a record</source>
            <translation>Un motif est nécessaire pour annuler un enregistrement</translation>
        </message>
        <message>
            <source>A voided record cannot be edited</source>
            <translation>Un enregistrement annulé ne peut pas être modifié</translation>
        </message>
        <message>
            <source>This record is already voided</source>
            <translation>Cet enregistrement est déjà annulé</translation>
        </message>
        <message>
            <source>Choose HQ administrator or HQ analyst</source>
            <translation>Choisissez administrateur du QG ou analyste du QG</translation>
        </message>
        <message>
            <source>The last active HQ administrator account cannot be disabled or demoted</source>
            <translation>Le dernier compte d'administrateur du QG actif ne peut être ni désactivé ni rétrogradé</translation>
        </message>
        <message>
            <source>This account is already disabled</source>
            <translation>Ce compte est déjà désactivé</translation>
        </message>
        <message>
            <source>You cannot disable your own account (another commander can)</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte (un autre commandant le peut)</translation>
        </message>
        <message>
            <source>You cannot disable your own account (another HQ administrator can)</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte (un autre administrateur du QG le peut)</translation>
        </message>
        <message>
            <source>This account is not disabled</source>
            <translation>Ce compte n'est pas désactivé</translation>
        </message>
        <message>
            <source>Reset this account's password first: the encrypted database gave up its key slot when it was disabled</source>
            <translation>Réinitialisez d'abord le mot de passe de ce compte : la base de données chiffrée a retiré son emplacement de clé quand il a été désactivé</translation>
        </message>
        <message>
            <source>This account is not locked out</source>
            <translation>Ce compte n'est pas verrouillé</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>Connectez-vous d'abord</translation>
        </message>
        <message>
            <source>The current password is wrong</source>
            <translation>Le mot de passe actuel est erroné</translation>
        </message>
        <message>
            <source>Choose a password different from the current one</source>
            <translation>Choisissez un mot de passe différent de l'actuel</translation>
        </message>
        <message>
            <source>Choose medic or commander</source>
            <translation>Choisissez soignant ou commandant</translation>
        </message>
        <message>
            <source>The last active commander account cannot be disabled or demoted</source>
            <translation>Le dernier compte de commandant actif ne peut être ni désactivé ni rétrogradé</translation>
        </message>
        <message>
            <source>Password must be at least %1 characters</source>
            <translation>Le mot de passe doit comporter au moins %1 caractères</translation>
        </message>
        <message>
            <source>An encounter on</source>
            <translation>Une consultation du</translation>
        </message>
        <message>
            <source>An admission on</source>
            <translation>Une admission du</translation>
        </message>
        <message>
            <source>An evacuation requested on</source>
            <translation>Une évacuation demandée le</translation>
        </message>
        <message>
            <source>An outreach activity on</source>
            <translation>Une action de proximité du</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>The disk reported an input/output error</source>
            <translation>Le disque a signalé une erreur d'entrée/sortie</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk)</source>
            <translation>Impossible d'écrire dans la base de données (fichier ou disque en lecture seule)</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved.</source>
            <translation>Le disque est plein ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Free some space (delete old exports or backups) and save again; your form is kept.</source>
            <translation>Libérez de la place (supprimez d'anciens exports ou sauvegardes) et enregistrez à nouveau ; votre formulaire est conservé.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved. (%1)</source>
            <translation>Le disque est plein ; rien n'a été enregistré. (%1)</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk).</source>
            <translation>Impossible d'écrire dans la base de données (fichier ou disque en lecture seule).</translation>
        </message>
        <message>
            <source>Move the database to a writable folder on the laptop's own disk.</source>
            <translation>Déplacez la base de données dans un dossier accessible en écriture sur le disque de l'ordinateur.</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk). (%1)</source>
            <translation>Impossible d'écrire dans la base de données (fichier ou disque en lecture seule). (%1)</translation>
        </message>
        <message>
            <source>The database is busy in another program.</source>
            <translation>La base de données est occupée par un autre programme.</translation>
        </message>
        <message>
            <source>Close the other copy of L2FH Desk (or the tool that has the file open) and try again.</source>
            <translation>Fermez l'autre copie de L2FH Desk (ou l'outil qui a ouvert le fichier) et réessayez.</translation>
        </message>
        <message>
            <source>The database is busy in another program. (%1)</source>
            <translation>La base de données est occupée par un autre programme. (%1)</translation>
        </message>
        <message>
            <source>The database is busy in another program</source>
            <translation>La base de données est occupée par un autre programme</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>Le fichier de la base de données est endommagé.</translation>
        </message>
        <message>
            <source>Restore the newest good backup (l2fh-desk restore) and report the incident.</source>
            <translation>Restaurez la sauvegarde valide la plus récente (l2fh-desk restore) et signalez l'incident.</translation>
        </message>
        <message>
            <source>The database file is damaged. (%1)</source>
            <translation>Le fichier de la base de données est endommagé. (%1)</translation>
        </message>
        <message>
            <source>The database file is damaged</source>
            <translation>Le fichier de la base de données est endommagé</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database.</source>
            <translation>Ce fichier n'est pas une base de données L2FH Desk.</translation>
        </message>
        <message>
            <source>Check the path: choose the .db file made by L2FH Desk.</source>
            <translation>Vérifiez le chemin : choisissez le fichier .db créé par L2FH Desk.</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database. (%1)</source>
            <translation>Ce fichier n'est pas une base de données L2FH Desk. (%1)</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database</source>
            <translation>Ce fichier n'est pas une base de données L2FH Desk</translation>
        </message>
        <message>
            <source>This looks like an encrypted L2FH Desk database whose key slots file %1 is missing; nothing was changed.</source>
            <translation>Ceci semble être une base de données L2FH Desk chiffrée dont le fichier d'emplacements de clés %1 manque ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Copy %1 (or the .keyslots file of a backup of it) beside the database, then open it again.</source>
            <translation>Copiez %1 (ou le fichier .keyslots d'une de ses sauvegardes) à côté de la base de données, puis ouvrez-la à nouveau.</translation>
        </message>
        <message>
            <source>The encryption of %1 was interrupted before the database itself was converted; its records are as they were.</source>
            <translation>Le chiffrement de %1 a été interrompu avant la conversion de la base de données elle-même ; ses données sont restées telles qu'elles étaient.</translation>
        </message>
        <message>
            <source>Run l2fh-desk encrypt --db %1 again (a commander) to finish it.</source>
            <translation>Relancez l2fh-desk encrypt --db %1 (un commandant) pour le terminer.</translation>
        </message>
        <message>
            <source>The database file does not exist.</source>
            <translation>Le fichier de la base de données n'existe pas.</translation>
        </message>
        <message>
            <source>Check the path.</source>
            <translation>Vérifiez le chemin.</translation>
        </message>
        <message>
            <source>The database file does not exist. (%1)</source>
            <translation>Le fichier de la base de données n'existe pas. (%1)</translation>
        </message>
        <message>
            <source>The database file does not exist</source>
            <translation>Le fichier de la base de données n'existe pas</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored.</source>
            <translation>Le fichier de sauvegarde n'existe pas ; rien n'a été restauré.</translation>
        </message>
        <message>
            <source>Check its path, and that the drive holding it is plugged in and mounted.</source>
            <translation>Vérifiez son chemin, et que le lecteur qui le contient est branché et monté.</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored. (%1)</source>
            <translation>Le fichier de sauvegarde n'existe pas ; rien n'a été restauré. (%1)</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored</source>
            <translation>Le fichier de sauvegarde n'existe pas ; rien n'a été restauré</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk.</source>
            <translation>La base de données est trop récente pour cette version de L2FH Desk.</translation>
        </message>
        <message>
            <source>Install the newer version of the application that wrote it.</source>
            <translation>Installez la version plus récente de l'application qui l'a écrite.</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk. (%1)</source>
            <translation>La base de données est trop récente pour cette version de L2FH Desk. (%1)</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk</source>
            <translation>La base de données est trop récente pour cette version de L2FH Desk</translation>
        </message>
        <message>
            <source>The disk reported an input/output error.</source>
            <translation>Le disque a signalé une erreur d'entrée/sortie.</translation>
        </message>
        <message>
            <source>Check the disk; save again, and restore a backup if the problem stays.</source>
            <translation>Vérifiez le disque ; enregistrez à nouveau, et restaurez une sauvegarde si le problème persiste.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error. (%1)</source>
            <translation>Le disque a signalé une erreur d'entrée/sortie. (%1)</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed.</source>
            <translation>La base de données est ouverte dans un autre programme ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Close that program (L2FH Desk or the tool named above), then try again.</source>
            <translation>Fermez ce programme (L2FH Desk ou l'outil nommé ci-dessus), puis réessayez.</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed. (%1)</source>
            <translation>La base de données est ouverte dans un autre programme ; rien n'a été modifié. (%1)</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed</source>
            <translation>La base de données est ouverte dans un autre programme ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved.</source>
            <translation>Le fichier de la base de données a été déplacé ou supprimé pendant que L2FH Desk l'avait ouvert ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Put the file back where it was (or restore the newest backup), then restart L2FH Desk; your form is kept.</source>
            <translation>Remettez le fichier à sa place (ou restaurez la sauvegarde la plus récente), puis redémarrez L2FH Desk ; votre formulaire est conservé.</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved. (%1)</source>
            <translation>Le fichier de la base de données a été déplacé ou supprimé pendant que L2FH Desk l'avait ouvert ; rien n'a été enregistré. (%1)</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved</source>
            <translation>Le fichier de la base de données a été déplacé ou supprimé pendant que L2FH Desk l'avait ouvert ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>The database could not be opened safely.</source>
            <translation>La base de données n'a pas pu être ouverte en toute sécurité.</translation>
        </message>
        <message>
            <source>Do not run the database from a USB stick or network share; copy it to the laptop's disk.</source>
            <translation>N'utilisez pas la base de données depuis une clé USB ou un partage réseau ; copiez-la sur le disque de l'ordinateur.</translation>
        </message>
        <message>
            <source>The database could not be opened safely. (%1)</source>
            <translation>La base de données n'a pas pu être ouverte en toute sécurité. (%1)</translation>
        </message>
        <message>
            <source>The database could not be opened safely</source>
            <translation>La base de données n'a pas pu être ouverte en toute sécurité</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>Le disque est plein.</translation>
        </message>
        <message>
            <source>The disk is full: %1 was not written.</source>
            <translation>Le disque est plein : %1 n'a pas été écrit.</translation>
        </message>
        <message>
            <source>Free some space or choose another drive, then try again.</source>
            <translation>Libérez de la place ou choisissez un autre lecteur, puis réessayez.</translation>
        </message>
        <message>
            <source>The drive is read-only.</source>
            <translation>Le lecteur est en lecture seule.</translation>
        </message>
        <message>
            <source>The drive is read-only: %1 was not written.</source>
            <translation>Le lecteur est en lecture seule : %1 n'a pas été écrit.</translation>
        </message>
        <message>
            <source>Choose a writable folder or unlock the drive, then try again.</source>
            <translation>Choisissez un dossier accessible en écriture ou déverrouillez le lecteur, puis réessayez.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error (at %1).</source>
            <translation>Le disque a signalé une erreur d'entrée/sortie (sur %1).</translation>
        </message>
        <message>
            <source>Check the drive or choose another one, then try again.</source>
            <translation>Vérifiez le lecteur ou choisissez-en un autre, puis réessayez.</translation>
        </message>
        <message>
            <source>%1 is another application's SQLite file (%2); it was left as it was</source>
            <translation>%1 est le fichier SQLite d'une autre application (%2) ; il a été laissé tel quel</translation>
        </message>
        <message>
            <source>backups of %1 are being made by other programs</source>
            <translation>d'autres programmes sont en train de sauvegarder %1</translation>
        </message>
        <message>
            <source>The disk at %1 is full; no backup was made.</source>
            <translation>Le disque de %1 est plein ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>Free some space or choose another drive, then back up again.</source>
            <translation>Libérez de la place ou choisissez un autre lecteur, puis sauvegardez à nouveau.</translation>
        </message>
        <message>
            <source>the backup just written failed its check: %1</source>
            <translation>la sauvegarde qui vient d'être écrite n'a pas passé sa vérification : %1</translation>
        </message>
        <message>
            <source>%1 cannot be written (read-only drive or folder); no backup was made.</source>
            <translation>Impossible d'écrire dans %1 (lecteur ou dossier en lecture seule) ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>Choose a writable folder or unlock the drive, then back up again.</source>
            <translation>Choisissez un dossier accessible en écriture ou déverrouillez le lecteur, puis sauvegardez à nouveau.</translation>
        </message>
        <message>
            <source>The disk at %1 reported an input/output error; no backup was made.</source>
            <translation>Le disque de %1 a signalé une erreur d'entrée/sortie ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>Check the drive or choose another one, then back up again.</source>
            <translation>Vérifiez le lecteur ou choisissez-en un autre, puis sauvegardez à nouveau.</translation>
        </message>
        <message>
            <source>%1; no backup was made.</source>
            <translation>%1 ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>backup check failed: %1</source>
            <translation>la vérification de la sauvegarde a échoué : %1</translation>
        </message>
        <message>
            <source>the transaction was rolled back by the database</source>
            <translation>la transaction a été annulée par la base de données</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>ouverte en lecture seule</translation>
        </message>
        <message>
            <source>%1 is a folder</source>
            <translation>%1 est un dossier</translation>
        </message>
        <message>
            <source>journal_mode is %1, not WAL</source>
            <translation>journal_mode vaut %1, pas WAL</translation>
        </message>
        <message>
            <source>PRAGMA %1 is %2, wanted %3</source>
            <translation>PRAGMA %1 vaut %2, attendu %3</translation>
        </message>
        <message>
            <source>%1 is not a regular file</source>
            <translation>%1 n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the encrypted copy of %1 did not check out (%2); the plain file was left as it was</source>
            <translation>la copie chiffrée de %1 n'a pas passé la vérification (%2) ; le fichier en clair a été laissé tel quel</translation>
        </message>
        <message>
            <source>a text value is not valid UTF-8</source>
            <translation>une valeur texte n'est pas de l'UTF-8 valide</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>schema %1, this version of L2FH Desk knows up to %2</source>
            <translation>schéma %1, cette version de L2FH Desk connaît jusqu'au %2</translation>
        </message>
        <message>
            <source>migration %1 would leave row %2 of %3 pointing at a missing %4 row</source>
            <translation>la migration %1 laisserait la ligne %2 de %3 pointer vers une ligne %4 absente</translation>
        </message>
        <message>
            <source>process %1 (%2)</source>
            <translation>processus %1 (%2)</translation>
        </message>
        <message>
            <source>process %1</source>
            <translation>processus %1</translation>
        </message>
        <message>
            <source>the backup and the database are the same file</source>
            <translation>la sauvegarde et la base de données sont le même fichier</translation>
        </message>
        <message>
            <source>%1 has no key slots file beside it (%2): it is not a backup of this encrypted database; nothing was changed</source>
            <translation>%1 n'a pas de fichier d'emplacements de clés à côté de lui (%2) : ce n'est pas une sauvegarde de cette base de données chiffrée ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>%1 is not a good backup (%2); nothing was changed</source>
            <translation>%1 n'est pas une sauvegarde valide (%2) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>%1 is open in %2</source>
            <translation>%1 est ouvert dans le %2</translation>
        </message>
        <message>
            <source>schema %1</source>
            <translation>schéma %1</translation>
        </message>
        <message>
            <source>The disk at %1 is full; nothing of %2 was imported.</source>
            <translation>Le disque de %1 est plein ; rien de %2 n'a été importé.</translation>
        </message>
        <message>
            <source>Free some space on this computer, then import again.</source>
            <translation>Libérez de la place sur cet ordinateur, puis importez à nouveau.</translation>
        </message>
        <message>
            <source>%1 (at %2); nothing of %3 was imported.</source>
            <translation>%1 (sur %2) ; rien de %3 n'a été importé.</translation>
        </message>
        <message>
            <source>locked after %1 wrong passwords until %2 UTC</source>
            <translation>verrouillé après %1 mots de passe erronés jusqu'à %2 UTC</translation>
        </message>
        <message>
            <source>a recovery key is %1 letters and digits in groups of 4</source>
            <translation>une clé de récupération compte %1 lettres et chiffres par groupes de 4</translation>
        </message>
        <message>
            <source>the key slots file is damaged</source>
            <translation>le fichier d'emplacements de clés est endommagé</translation>
        </message>
        <message>
            <source>%1 is not an L2FH key slots file</source>
            <translation>%1 n'est pas un fichier d'emplacements de clés L2FH</translation>
        </message>
        <message>
            <source>%1 is missing: an encrypted database cannot be opened without its key slots file (restore it from the backup it came with)</source>
            <translation>%1 manque : une base de données chiffrée ne peut pas être ouverte sans son fichier d'emplacements de clés (restaurez-le depuis la sauvegarde qui l'accompagne)</translation>
        </message>
        <message>
            <source>the key slots file %1 cannot be read or is damaged</source>
            <translation>le fichier d'emplacements de clés %1 est illisible ou endommagé</translation>
        </message>
        <message>
            <source>that recovery key does not open this database</source>
            <translation>cette clé de récupération n'ouvre pas cette base de données</translation>
        </message>
        <message>
            <source>the database is encrypted but its key is not held</source>
            <translation>la base de données est chiffrée mais sa clé n'est pas détenue</translation>
        </message>
        <message>
            <source>%1 is already encrypted</source>
            <translation>%1 est déjà chiffrée</translation>
        </message>
        <message>
            <source>%1 is not encrypted</source>
            <translation>%1 n'est pas chiffrée</translation>
        </message>
        <message>
            <source>%1: the demo stopped part way, after adding %2.</source>
            <translation>%1 : la démonstration s'est arrêtée en cours de route, après avoir ajouté %2.</translation>
        </message>
        <message>
            <source>%1: the demo added nothing.</source>
            <translation>%1 : la démonstration n'a rien ajouté.</translation>
        </message>
        <message>
            <source>Free some space, then run demo again (it adds a new set of records).</source>
            <translation>Libérez de la place, puis relancez demo (elle ajoute un nouveau jeu de dossiers).</translation>
        </message>
        <message>
            <source>Give the bed labels or a number of beds (at least 1)</source>
            <translation>Indiquez les noms des lits ou un nombre de lits (au moins 1)</translation>
        </message>
        <message>
            <source>Bed %1 is listed twice</source>
            <translation>Le lit %1 figure deux fois</translation>
        </message>
        <message>
            <source>Ward %1 already has bed %2</source>
            <translation>Le service %1 a déjà un lit %2</translation>
        </message>
        <message>
            <source>'%1' matches %2 hospitals (%3); give more of the name or UUID</source>
            <translation>« %1 » correspond à %2 hôpitaux (%3) ; donnez une plus grande partie du nom ou de l'UUID</translation>
        </message>
        <message>
            <source>This database holds %1 hospitals; name one (--hospital): %2</source>
            <translation>Cette base contient %1 hôpitaux ; nommez-en un (--hospital) : %2</translation>
        </message>
        <message>
            <source>No hospital matches '%1'</source>
            <translation>Aucun hôpital ne correspond à « %1 »</translation>
        </message>
        <message>
            <source>Rotation %1 already exists</source>
            <translation>La rotation %1 existe déjà</translation>
        </message>
        <message>
            <source>This database holds no hospital yet</source>
            <translation>Cette base ne contient encore aucun hôpital</translation>
        </message>
        <message>
            <source>Date of birth: %1 is after this patient's visit of %2</source>
            <translation>Date de naissance : %1 est postérieure à la consultation du %2 de ce patient</translation>
        </message>
        <message>
            <source>%1 %2 does not belong to rotation %3 (%4 to %5)</source>
            <translation>%1 %2 n'appartient pas à la rotation %3 (du %4 au %5)</translation>
        </message>
        <message>
            <source>The username '%1' is taken</source>
            <translation>Le nom d'utilisateur « %1 » est déjà pris</translation>
        </message>
        <message>
            <source>That bed is taken; choose a free bed</source>
            <translation>Ce lit est occupé ; choisissez un lit libre</translation>
        </message>
        <message>
            <source>This patient is already admitted; discharge or move that admission instead</source>
            <translation>Ce patient est déjà hospitalisé ; faites sortir ou déplacez plutôt cette hospitalisation</translation>
        </message>
        <message>
            <source>Bed %1 (%2) is taken by %3; choose a free bed</source>
            <translation>Le lit %1 (%2) est occupé par %3 ; choisissez un lit libre</translation>
        </message>
        <message>
            <source>There is no bed %1 in ward %2; choose one of the free beds</source>
            <translation>Il n'y a pas de lit %1 dans le service %2 ; choisissez l'un des lits libres</translation>
        </message>
        <message>
            <source>This admission is already closed</source>
            <translation>Cette hospitalisation est déjà close</translation>
        </message>
        <message>
            <source>Only an open admission can change bed</source>
            <translation>Seule une hospitalisation en cours peut changer de lit</translation>
        </message>
        <message>
            <source>%1 is already admitted (%2 · %3); discharge or move that admission instead</source>
            <translation>%1 est déjà hospitalisé (%2 · %3) ; faites sortir ou déplacez plutôt cette hospitalisation</translation>
        </message>
        <message>
            <source>A voided evacuation cannot change</source>
            <translation>Une évacuation annulée ne peut pas changer</translation>
        </message>
        <message>
            <source>An evacuation that is %1 cannot become %2</source>
            <translation>Une évacuation à l'état %1 ne peut pas passer à %2</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The details were written to the log file:
%1</source>
            <translation>Les détails ont été écrits dans le fichier journal :
%1</translation>
        </message>
        <message>
            <source>The details could not be written to a log file.</source>
            <translation>Les détails n'ont pas pu être écrits dans un fichier journal.</translation>
        </message>
        <message>
            <source>Something went wrong in L2FH Desk. Every record you had saved is safe: each save is written to the database before "Saved" is shown. A form you were typing may need to be checked.</source>
            <translation>Une erreur s'est produite dans L2FH Desk. Tous les dossiers enregistrés sont en sécurité : chaque enregistrement est écrit dans la base de données avant que « Enregistré » ne s'affiche. Un formulaire en cours de saisie est peut-être à vérifier.</translation>
        </message>
        <message>
            <source>You can keep working. If this happens again, restart the app and send the log file to your IT or medical information officer.</source>
            <translation>Vous pouvez continuer à travailler. Si cela se reproduit, redémarrez l'application et envoyez le fichier journal à votre responsable informatique ou de l'information médicale.</translation>
        </message>
        <message>
            <source>L2FH Desk — unexpected error</source>
            <translation>L2FH Desk — erreur inattendue</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Continuer à travailler</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Patients seen</source>
            <translation>Patients vus</translation>
        </message>
        <message>
            <source>On the ward now</source>
            <translation>Hospitalisés actuellement</translation>
        </message>
        <message>
            <source>Evacuations</source>
            <translation>Évacuations</translation>
        </message>
        <message>
            <source>People reached by outreach</source>
            <translation>Personnes touchées par les actions de proximité</translation>
        </message>
        <message>
            <source>Top diagnoses</source>
            <translation>Diagnostics les plus fréquents</translation>
        </message>
        <message>
            <source>Outreach by kind</source>
            <translation>Actions de proximité par type</translation>
        </message>
        <message>
            <source>No rotation yet: open one on the Rotations page.</source>
            <translation>Aucune rotation : ouvrez-en une sur la page Rotations.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Les chiffres n'ont pas pu être lus : %1</translation>
        </message>
        <message>
            <source>Encounters per week (week starting)</source>
            <translation>Consultations par semaine (début de semaine)</translation>
        </message>
        <message>
            <source>Encounters by patient category</source>
            <translation>Consultations par catégorie de patient</translation>
        </message>
    </context>
    <context>
        <name>DepartmentPage</name>
        <message>
            <source>The HQ department</source>
            <translation>Le département du QG</translation>
        </message>
        <message>
            <source>This installation is HQ's: it holds copies of the hospitals' records and reports across them.</source>
            <translation>Cette installation est celle du QG : elle garde des copies des dossiers des hôpitaux et fait des rapports sur l'ensemble.</translation>
        </message>
        <message>
            <source>Department &amp;name (e.g. Department of Peacekeeping Operations)</source>
            <translation>&amp;Nom du département (p. ex. Département des opérations de maintien de la paix)</translation>
        </message>
        <message>
            <source>Give the department's name.</source>
            <translation>Indiquez le nom du département.</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Discharged at</source>
            <translation>Date et heure de sortie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Discharge %1 from %2 · %3?</source>
            <translation>Faire sortir %1 de %2 · %3 ?</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Restore it</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <source>Encounter</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>T&amp;riage</source>
            <translation>T&amp;riage</translation>
        </message>
        <message>
            <source>Chief &amp;complaint</source>
            <translation>Motif de &amp;consultation</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Enceinte</translation>
        </message>
        <message>
            <source>&amp;Treatment</source>
            <translation>&amp;Traitement</translation>
        </message>
        <message>
            <source>D&amp;isposition</source>
            <translation>&amp;Orientation</translation>
        </message>
        <message>
            <source>&amp;Bed</source>
            <translation>&amp;Lit</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <source>Pla&amp;n</source>
            <translation>&amp;Plan de soins</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Mode</translation>
        </message>
        <message>
            <source>Pri&amp;ority</source>
            <translation>P&amp;riorité</translation>
        </message>
        <message>
            <source>D&amp;estination</source>
            <translation>D&amp;estination</translation>
        </message>
        <message>
            <source>C&amp;linician</source>
            <translation>C&amp;linicien</translation>
        </message>
        <message>
            <source>&lt;h2&gt;New encounter&lt;/h2&gt;Ctrl+F patient · Ctrl+D diagnosis · Ctrl+S or Enter saves</source>
            <translation>&lt;h2&gt;Nouvelle consultation&lt;/h2&gt;Ctrl+F patient · Ctrl+D diagnostic · Ctrl+S ou Entrée enregistre</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Signes vitaux</translation>
        </message>
        <message>
            <source>Diagnoses (ICD-10 → MDS category); the first is primary</source>
            <translation>Diagnostics (CIM-10 → catégorie MDS) ; le premier est le diagnostic principal</translation>
        </message>
        <message>
            <source>Select a diagnosis and press Delete to remove it.</source>
            <translation>Sélectionnez un diagnostic et appuyez sur Suppr pour le retirer.</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Actes</translation>
        </message>
        <message>
            <source>Procedure details</source>
            <translation>Détails de l'acte</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <source>Referral or evacuation</source>
            <translation>Orientation ou évacuation</translation>
        </message>
        <message>
            <source>&amp;Save encounter</source>
            <translation>&amp;Enregistrer la consultation</translation>
        </message>
        <message>
            <source>Clear form</source>
            <translation>Vider le formulaire</translation>
        </message>
        <message>
            <source> (primary)</source>
            <translation> (principal)</translation>
        </message>
        <message>
            <source>Choose the patient first (Ctrl+F)</source>
            <translation>Choisissez d'abord le patient (Ctrl+F)</translation>
        </message>
        <message>
            <source>Open a rotation first (Rotations page)</source>
            <translation>Ouvrez d'abord une rotation (page Rotations)</translation>
        </message>
        <message>
            <source>Saved: %1, %2 — %3</source>
            <translation>Enregistré : %1, %2 — %3</translation>
        </message>
        <message>
            <source>Not saved: correct the vital signs marked in red.</source>
            <translation>Non enregistré : corrigez les signes vitaux marqués en rouge.</translation>
        </message>
        <message>
            <source>Not saved: see the fields marked in red.</source>
            <translation>Non enregistré : voir les champs marqués en rouge.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Unsaved encounter restored; check it and save.</source>
            <translation>Consultation non enregistrée restaurée ; vérifiez-la puis enregistrez.</translation>
        </message>
        <message>
            <source>An encounter for %1, last changed %2, was being typed when L2FH Desk closed or locked. Restore it?</source>
            <translation>Une consultation pour %1, modifiée pour la dernière fois le %2, était en cours de saisie quand L2FH Desk s'est fermé ou verrouillé. La restaurer ?</translation>
        </message>
        <message>
            <source>An encounter with no patient chosen yet, last changed %2, was being typed when L2FH Desk closed or locked. Restore it?</source>
            <translation>Une consultation sans patient choisi, modifiée pour la dernière fois le %2, était en cours de saisie quand L2FH Desk s'est fermé ou verrouillé. La restaurer ?</translation>
        </message>
        <message>
            <source>Unsaved encounter</source>
            <translation>Consultation non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>EvacuateDialog</name>
        <message>
            <source>Evacuate</source>
            <translation>Évacuer</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>e.g. Level-3 hospital, Juba</source>
            <translation>p. ex. hôpital de niveau 3, Djouba</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Requested at</source>
            <translation>Demandée le</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Departed at</source>
            <translation>Départ le</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Export for HQ</source>
            <translation>Export pour le QG</translation>
        </message>
        <message>
            <source>Export this hospital's database for HQ</source>
            <translation>Exporter la base de données de cet hôpital pour le QG</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>&amp;Export bundle</source>
            <translation>&amp;Exporter le lot</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>The HQ key in Settings is not valid, so nothing can be exported: %1</source>
            <translation>La clé du QG dans les paramètres n'est pas valide, rien ne peut être exporté : %1</translation>
        </message>
        <message>
            <source>The data will be encrypted to HQ's key (fingerprint %1): only HQ can read the bundle.</source>
            <translation>Les données seront chiffrées pour la clé du QG (empreinte %1) : seul le QG pourra lire le lot.</translation>
        </message>
        <message>
            <source>No HQ key is set in Settings: the bundle will be signed but NOT encrypted. Anyone who has the file can read it.</source>
            <translation>Aucune clé du QG n'est définie dans les paramètres : le lot sera signé mais NON chiffré. Toute personne disposant du fichier pourra le lire.</translation>
        </message>
        <message>
            <source>This hospital's signing key will be made with the first export.</source>
            <translation>La clé de signature de cet hôpital sera créée lors du premier export.</translation>
        </message>
        <message>
            <source>This hospital's signing key cannot be read: %1</source>
            <translation>La clé de signature de cet hôpital est illisible : %1</translation>
        </message>
        <message>
            <source>Pseudonymise</source>
            <translation>Pseudonymiser</translation>
        </message>
        <message>
            <source>Names and index numbers replaced by codes, dates of birth cut to the year, free text removed.</source>
            <translation>Noms et numéros d'identification remplacés par des codes, dates de naissance réduites à l'année, texte libre supprimé.</translation>
        </message>
        <message>
            <source>Signed with this hospital's key (fingerprint %1).</source>
            <translation>Signé avec la clé de cet hôpital (empreinte %1).</translation>
        </message>
        <message>
            <source>Choose where to save the bundle.</source>
            <translation>Choisissez où enregistrer le lot.</translation>
        </message>
        <message>
            <source>%1 already exists and was kept.</source>
            <translation>%1 existe déjà et a été conservé.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Exporting the database…</source>
            <translation>Export de la base de données…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was exported.</source>
            <translation>Annulé : rien n'a été exporté.</translation>
        </message>
        <message>
            <source>Exported %1 (%2 MB, %3). SHA-256 %4</source>
            <translation>Exporté : %1 (%2 Mo, %3). SHA-256 %4</translation>
        </message>
        <message>
            <source>encrypted to HQ</source>
            <translation>chiffré pour le QG</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>non chiffré</translation>
        </message>
        <message>
            <source>Pseudonymised.</source>
            <translation>Pseudonymisé.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Rien n'a été exporté : %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>L2FH Desk: first run</source>
            <translation>L2FH Desk : premier démarrage</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Service général</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of %1</source>
            <translation>Historique de %1</translation>
        </message>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>Aucune modification enregistrée pour cet enregistrement.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Imprimé</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
    </context>
    <context>
        <name>HospitalPage</name>
        <message>
            <source>The hospital</source>
            <translation>L'hôpital</translation>
        </message>
        <message>
            <source>This installation of L2FH Desk belongs to one Level-2 Field Hospital.</source>
            <translation>Cette installation de L2FH Desk appartient à un hôpital de campagne de niveau 2.</translation>
        </message>
        <message>
            <source>Hospital &amp;name</source>
            <translation>&amp;Nom de l'hôpital</translation>
        </message>
        <message>
            <source>&amp;Mission (e.g. UNMISS)</source>
            <translation>&amp;Mission (p. ex. MINUSS)</translation>
        </message>
        <message>
            <source>&amp;Location (e.g. Bentiu)</source>
            <translation>&amp;Lieu (p. ex. Bentiu)</translation>
        </message>
        <message>
            <source>Troop-contributing &amp;country</source>
            <translation>&amp;Pays contributeur de troupes</translation>
        </message>
        <message>
            <source>Contingent &amp;type</source>
            <translation>&amp;Type de contingent</translation>
        </message>
    </context>
    <context>
        <name>HqAccountPage</name>
        <message>
            <source>The first HQ administrator</source>
            <translation>Le premier administrateur du QG</translation>
        </message>
        <message>
            <source>The HQ administrator manages accounts, the trusted hospitals and their keys, revocation and retention. HQ analysts import, review and report.</source>
            <translation>L'administrateur du QG gère les comptes, les hôpitaux de confiance et leurs clés, la révocation et la conservation. Les analystes du QG importent, vérifient et font les rapports.</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;Nom complet</translation>
        </message>
        <message>
            <source>&amp;Password (at least 8 characters)</source>
            <translation>&amp;Mot de passe (au moins 8 caractères)</translation>
        </message>
        <message>
            <source>&amp;Repeat the password</source>
            <translation>&amp;Répéter le mot de passe</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>HqAdvice</name>
        <message>
            <source>The hospital's key was not confirmed.</source>
            <translation>La clé de l'hôpital n'a pas été confirmée.</translation>
        </message>
        <message>
            <source>Phone the hospital: they read the fingerprint from Help &gt; About in their app. Import again and confirm it only if every group matches.</source>
            <translation>Appelez l'hôpital : il lit l'empreinte dans Aide &gt; À propos de son application. Importez de nouveau et ne confirmez que si chaque groupe correspond.</translation>
        </message>
        <message>
            <source>The bundle is signed with a key HQ has revoked.</source>
            <translation>Le lot est signé par une clé que le QG a révoquée.</translation>
        </message>
        <message>
            <source>The hospital must export again with its new key; the HQ administrator trusts the new key once its fingerprint is confirmed by phone.</source>
            <translation>L'hôpital doit exporter de nouveau avec sa nouvelle clé ; l'administrateur du QG l'approuve une fois son empreinte confirmée par téléphone.</translation>
        </message>
        <message>
            <source>HQ knows this hospital with another key.</source>
            <translation>Le QG connaît cet hôpital avec une autre clé.</translation>
        </message>
        <message>
            <source>If the hospital changed its key, it sends its key rotation statement (`l2fh-desk keys --rotate`) and the HQ administrator accepts it on the Trusted keys page; otherwise treat the bundle as suspect.</source>
            <translation>Si l'hôpital a changé de clé, il envoie sa déclaration de rotation (`l2fh-desk keys --rotate`) et l'administrateur du QG l'accepte sur la page Clés de confiance ; sinon, tenez le lot pour suspect.</translation>
        </message>
        <message>
            <source>The bundle is signed with the key of another hospital.</source>
            <translation>Le lot est signé par la clé d'un autre hôpital.</translation>
        </message>
        <message>
            <source>Do not import it. Ask both hospitals how this file was made.</source>
            <translation>Ne l'importez pas. Demandez aux deux hôpitaux comment ce fichier a été fait.</translation>
        </message>
        <message>
            <source>The file was changed after the hospital signed it, or was damaged on the way.</source>
            <translation>Le fichier a été modifié après la signature de l'hôpital, ou endommagé en chemin.</translation>
        </message>
        <message>
            <source>Ask the hospital to export again and send the new file (a fresh USB copy).</source>
            <translation>Demandez à l'hôpital d'exporter de nouveau et d'envoyer le nouveau fichier (une nouvelle copie USB).</translation>
        </message>
        <message>
            <source>HQ already holds a different file with the same bundle number.</source>
            <translation>Le QG détient déjà un autre fichier avec le même numéro de lot.</translation>
        </message>
        <message>
            <source>Ask the hospital for a new export; do not edit bundles by hand.</source>
            <translation>Demandez un nouvel export à l'hôpital ; ne modifiez pas les lots à la main.</translation>
        </message>
        <message>
            <source>The bundle was made by a newer version of L2FH Desk.</source>
            <translation>Le lot a été fait par une version plus récente de L2FH Desk.</translation>
        </message>
        <message>
            <source>Install the newer L2FH Desk at HQ, then import again.</source>
            <translation>Installez la version plus récente de L2FH Desk au QG, puis importez de nouveau.</translation>
        </message>
        <message>
            <source>The bundle is encrypted for an HQ key this HQ does not have.</source>
            <translation>Le lot est chiffré pour une clé de QG que ce QG n'a pas.</translation>
        </message>
        <message>
            <source>Check that the hospital stored this HQ's public key (its fingerprint is on the Trusted keys page), then ask it to export again.</source>
            <translation>Vérifiez que l'hôpital a enregistré la clé publique de ce QG (son empreinte est sur la page Clés de confiance), puis demandez-lui d'exporter de nouveau.</translation>
        </message>
        <message>
            <source>This database is a hospital's, not HQ's.</source>
            <translation>Cette base est celle d'un hôpital, pas celle du QG.</translation>
        </message>
        <message>
            <source>Open the HQ database to import bundles.</source>
            <translation>Ouvrez la base du QG pour importer des lots.</translation>
        </message>
        <message>
            <source>The bundle holds records that break the rules HQ checks.</source>
            <translation>Le lot contient des enregistrements qui enfreignent les règles vérifiées par le QG.</translation>
        </message>
        <message>
            <source>Ask the hospital to run `l2fh-desk check`, correct what it reports and export again.</source>
            <translation>Demandez à l'hôpital de lancer `l2fh-desk check`, de corriger ce qui est signalé et d'exporter de nouveau.</translation>
        </message>
        <message>
            <source>The file is not a complete L2FH bundle.</source>
            <translation>Le fichier n'est pas un lot L2FH complet.</translation>
        </message>
        <message>
            <source>Ask the hospital to export again and send the new file.</source>
            <translation>Demandez à l'hôpital d'exporter de nouveau et d'envoyer le nouveau fichier.</translation>
        </message>
    </context>
    <context>
        <name>HqKeyPage</name>
        <message>
            <source>HQ's key pair</source>
            <translation>La paire de clés du QG</translation>
        </message>
        <message>
            <source>Hospitals encrypt their exports to HQ's public key. Give them the public key file and read this fingerprint to them by phone so they can check it.</source>
            <translation>Les hôpitaux chiffrent leurs exports pour la clé publique du QG. Donnez-leur le fichier de clé publique et lisez-leur cette empreinte par téléphone pour qu'ils la vérifient.</translation>
        </message>
        <message>
            <source>&amp;Export the public key for hospitals…</source>
            <translation>&amp;Exporter la clé publique pour les hôpitaux…</translation>
        </message>
        <message>
            <source>Public key file: %1</source>
            <translation>Fichier de clé publique : %1</translation>
        </message>
        <message>
            <source>Export HQ's public key</source>
            <translation>Exporter la clé publique du QG</translation>
        </message>
        <message>
            <source>HQ public key (*.pub)</source>
            <translation>Clé publique du QG (*.pub)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Non exporté : %1</translation>
        </message>
        <message>
            <source>Exported to %1. Each hospital stores it with `l2fh-desk keys --set-hq-key FILE`.</source>
            <translation>Exporté vers %1. Chaque hôpital l'enregistre avec `l2fh-desk keys --set-hq-key FILE`.</translation>
        </message>
    </context>
    <context>
        <name>HqModels</name>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <source>New rows</source>
            <translation>Nouvelles lignes</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mises à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangées</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Bundle %1, signed by key %2</source>
            <translation>Lot %1, signé par la clé %2</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Updated (newer version)</source>
            <translation>Mis à jour (version plus récente)</translation>
        </message>
        <message>
            <source>Conflict: incoming kept</source>
            <translation>Conflit : version reçue conservée</translation>
        </message>
        <message>
            <source>Conflict: existing kept</source>
            <translation>Conflit : version existante conservée</translation>
        </message>
        <message>
            <source>Refused (belongs to another hospital)</source>
            <translation>Refusé (appartient à un autre hôpital)</translation>
        </message>
        <message>
            <source>Kept aside (a branch a restore gave up)</source>
            <translation>Mis de côté (branche abandonnée par une restauration)</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
    </context>
    <context>
        <name>HqOverview</name>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Commandant</translation>
        </message>
        <message>
            <source>Last bundle
(age)</source>
            <translation>Dernier lot
(âge)</translation>
        </message>
        <message>
            <source>Mission,
location</source>
            <translation>Mission,
lieu</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Open at
last export</source>
            <translation>Ouvertes au
dernier export</translation>
        </message>
        <message>
            <source>History
chain</source>
            <translation>Chaîne
d'historique</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>continues</source>
            <translation>continue</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>ROMPUE</translation>
        </message>
        <message>
            <source>%1 patients
%2 encounters · %3 admissions
%4 outreach activities · %5 staff</source>
            <translation>%1 patients
%2 consultations · %3 hospitalisations
%4 actions de proximité · %5 personnels</translation>
        </message>
        <message>
            <source>Every audit row the hospital sent follows on from the one before it</source>
            <translation>Chaque ligne d'audit envoyée par l'hôpital suit la précédente</translation>
        </message>
        <message>
            <source>The hospital's audit trail as received has a gap or a broken link: ask the hospital to run `l2fh-desk check` and send a new bundle</source>
            <translation>Le journal d'audit reçu de l'hôpital a un trou ou un lien rompu : demandez à l'hôpital de lancer `l2fh-desk check` et d'envoyer un nouveau lot</translation>
        </message>
        <message>
            <source>rotation %1</source>
            <translation>rotation %1</translation>
        </message>
    </context>
    <context>
        <name>HqOverviewPage</name>
        <message>
            <source>Hospitals and rotations</source>
            <translation>Hôpitaux et rotations</translation>
        </message>
        <message>
            <source>Every hospital, mission and rotation HQ holds, from the newest bundle of each hospital. Hover over a row for its full names.</source>
            <translation>Chaque hôpital, mission et rotation que détient le QG, d'après le lot le plus récent de chaque hôpital. Survolez une ligne pour voir les noms complets.</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Vérifier…</translation>
        </message>
        <message>
            <source>HQ holds no hospital yet: import their bundles on the Import page.</source>
            <translation>Le QG ne détient encore aucun hôpital : importez leurs lots sur la page Importer.</translation>
        </message>
        <message>
            <source>Review: %1 to check, %2; %3.</source>
            <translation>À vérifier : %1, %2 ; %3.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely duplicate person(s)</source>
            <translation>
                <numerusform>%Ln personne probablement en double</numerusform>
                <numerusform>%Ln personnes probablement en double</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln linked</source>
            <translation>
                <numerusform>%Ln liée</numerusform>
                <numerusform>%Ln liées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln merge conflict(s) and refused row(s)</source>
            <translation>
                <numerusform>%Ln conflit de fusion ou ligne refusée</numerusform>
                <numerusform>%Ln conflits de fusion et lignes refusées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqPage</name>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>&amp;Importer des lots…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import a &amp;folder or USB stick…</source>
            <translation>Importer un &amp;dossier ou une clé USB…</translation>
        </message>
        <message>
            <source>Import &amp;log</source>
            <translation>&amp;Journal des imports</translation>
        </message>
        <message>
            <source>Each bundle is checked (signature, checksum, every row) before anything is merged; a refused bundle changes nothing. A hospital seen for the first time is trusted only after you confirm its key fingerprint with it by phone.</source>
            <translation>Chaque lot est vérifié (signature, somme de contrôle, chaque ligne) avant toute fusion ; un lot refusé ne change rien. Un hôpital vu pour la première fois n'est approuvé qu'après confirmation de l'empreinte de sa clé par téléphone.</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Importer des lots</translation>
        </message>
        <message>
            <source>L2FH bundles (*.l2fh)</source>
            <translation>Lots L2FH (*.l2fh)</translation>
        </message>
        <message>
            <source>Import every bundle in a folder</source>
            <translation>Importer tous les lots d'un dossier</translation>
        </message>
        <message>
            <source>No .l2fh bundle in %1.</source>
            <translation>Aucun lot .l2fh dans %1.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n bundle(s)…</source>
            <translation>
                <numerusform>Vérification de %n lot…</numerusform>
                <numerusform>Vérification de %n lots…</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking bundles…</source>
            <translation>Vérification des lots…</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n bundle(s)…</source>
            <translation>
                <numerusform>Import de %n lot…</numerusform>
                <numerusform>Import de %n lots…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>Import des lots…</translation>
        </message>
        <message>
            <source>%1: NOT imported. %2
What to do: %3
(Detail: %4)</source>
            <translation>%1 : NON importé. %2
À faire : %3
(Détail : %4)</translation>
        </message>
        <message>
            <source>%1 (%2): imported — %3 new, %4 updated, %5 unchanged, %6 refused, %7 conflicts</source>
            <translation>%1 (%2) : importé — %3 nouvelles, %4 mises à jour, %5 inchangées, %6 refusées, %7 conflits</translation>
        </message>
        <message>
            <source>Key %1 is now trusted for this hospital.</source>
            <translation>La clé %1 est désormais approuvée pour cet hôpital.</translation>
        </message>
        <message>
            <source>%1: already imported, nothing changed</source>
            <translation>%1 : déjà importé, rien n'a changé</translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>L'import s'est arrêté : %1</translation>
        </message>
    </context>
    <context>
        <name>HqReview</name>
        <message>
            <source>Record A</source>
            <translation>Dossier A</translation>
        </message>
        <message>
            <source>Hospital A</source>
            <translation>Hôpital A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Dossier B</translation>
        </message>
        <message>
            <source>Hospital B</source>
            <translation>Hôpital B</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Lié</translation>
        </message>
        <message>
            <source>linked: one person</source>
            <translation>lié : une seule personne</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>non lié</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>UN index number</source>
            <translation>Numéro d'index ONU</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Première visite</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>same UN index number</source>
            <translation>même numéro d'index ONU</translation>
        </message>
        <message>
            <source>same name, sex and birth year</source>
            <translation>mêmes nom, sexe et année de naissance</translation>
        </message>
    </context>
    <context>
        <name>IcdPicker</name>
        <message>
            <source>ICD-10 code or words, e.g. B54 or malaria</source>
            <translation>Code CIM-10 ou mots, p. ex. B54, paludisme ou malaria</translation>
        </message>
        <message>
            <source>Matches: %1 · ↑/↓ to choose, Enter to add</source>
            <translation>Résultats : %1 · ↑/↓ pour choisir, Entrée pour ajouter</translation>
        </message>
        <message>
            <source>No match for “%1”. Try fewer letters, or the ICD-10 code (e.g. B54).</source>
            <translation>Aucun résultat pour « %1 ». Tapez moins de lettres, ou le code CIM-10 (p. ex. B54).</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter to add</source>
            <translation>↑/↓ pour choisir, Entrée pour ajouter</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Wrong password.</source>
            <translation>Mot de passe erroné.</translation>
        </message>
        <message>
            <source>The account is now locked; signing out.</source>
            <translation>Le compte est maintenant verrouillé ; déconnexion.</translation>
        </message>
    </context>
    <context>
        <name>ImportLogPage</name>
        <message>
            <source>Admissions</source>
            <translation>Hospitalisations</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Diagnoses</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Evacuations</source>
            <translation>Évacuations</translation>
        </message>
        <message>
            <source>Hospitals</source>
            <translation>Hôpitaux</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>Actions de proximité</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <source>Rotations</source>
            <translation>Rotations</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Lits</translation>
        </message>
        <message>
            <source>Import log</source>
            <translation>Journal des imports</translation>
        </message>
        <message>
            <source>Select an import to see its rows per table.</source>
            <translation>Sélectionnez un import pour voir ses lignes par table.</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Lots importés</translation>
        </message>
        <message>
            <source>Rows per table of the selected import</source>
            <translation>Lignes par table de l'import sélectionné</translation>
        </message>
        <message>
            <source>Bundles refused in this session (nothing of them was kept)</source>
            <translation>Lots refusés pendant cette session (rien n'en a été gardé)</translation>
        </message>
        <message>
            <source>%1: %2 What to do: %3</source>
            <translation>%1 : %2 À faire : %3</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>table</source>
            <translation>table</translation>
        </message>
        <message>
            <source>%1, bundle %2, signed by key %3</source>
            <translation>%1, lot %2, signé par la clé %3</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouvelles</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>mises à jour</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangées</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusées</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflits</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>What is this installation for?</source>
            <translation>À quoi sert cette installation ?</translation>
        </message>
        <message>
            <source>A &amp;hospital (one Level-2 Field Hospital)</source>
            <translation>Un &amp;hôpital (un hôpital de campagne de niveau 2)</translation>
        </message>
        <message>
            <source>Medics and commanders record patients, encounters, the ward and outreach, print handover reports and export bundles for HQ.</source>
            <translation>Soignants et commandants enregistrent patients, consultations, le service et les actions de proximité, impriment les rapports de relève et exportent les lots pour le QG.</translation>
        </message>
        <message>
            <source>&amp;HQ (the ministry's peacekeeping department)</source>
            <translation>&amp;QG (le département du maintien de la paix du ministère)</translation>
        </message>
        <message>
            <source>Analysts import the hospitals' signed bundles and report across hospitals, rotations and years. Nothing clinical is recorded at HQ.</source>
            <translation>Les analystes importent les lots signés des hôpitaux et font des rapports par hôpital, rotation et année. Rien de clinique n'est saisi au QG.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>&lt;h2&gt;L2FH Desk is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;L2FH Desk est verrouillé&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your password to continue.</source>
            <translation>Connecté en tant que %1. Saisissez votre mot de passe pour continuer.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>L2FH Desk</source>
            <translation>L2FH Desk</translation>
        </message>
        <message>
            <source>L2FH Desk — demo data, not encrypted</source>
            <translation>L2FH Desk — données de démonstration, non chiffrées</translation>
        </message>
        <message>
            <source>L2FH Desk — not encrypted (l2fh-desk encrypt)</source>
            <translation>L2FH Desk — non chiffrée (l2fh-desk encrypt)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Changer le &amp;mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About L2FH Desk</source>
            <translation>À &amp;propos de L2FH Desk</translation>
        </message>
        <message>
            <source>Test error handling</source>
            <translation>Tester la gestion des erreurs</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Connecté : %1 (%2)</translation>
        </message>
        <message>
            <source>HQ workspace: %1</source>
            <translation>Espace QG : %1</translation>
        </message>
        <message>
            <source>Rotation %1</source>
            <translation>Rotation %1</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>&amp;Username</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>Full name and &amp;rank</source>
            <translation>Nom complet et &amp;grade</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ôle</translation>
        </message>
        <message>
            <source>First &amp;password</source>
            <translation>&amp;Mot de passe initial</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Nouveau compte</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Your role does not allow this.</source>
            <translation>Votre rôle ne le permet pas.</translation>
        </message>
        <message>
            <source>Unexpected error: {name}: {text}. The details are in the log file.</source>
            <translation>Erreur inattendue : {name} : {text}. Les détails se trouvent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>Could be read two ways: type it without the point, e.g. 1200</source>
            <translation>Peut se lire de deux façons : tapez-le sans le point, p. ex. 1200</translation>
        </message>
        <message>
            <source>Type a whole number</source>
            <translation>Tapez un nombre entier</translation>
        </message>
        <message>
            <source>Type a number, e.g. %1</source>
            <translation>Tapez un nombre, p. ex. %1</translation>
        </message>
    </context>
    <context>
        <name>OpenRotationDialog</name>
        <message>
            <source>Open the next rotation</source>
            <translation>Ouvrir la rotation suivante</translation>
        </message>
        <message>
            <source>Rotation number</source>
            <translation>Numéro de rotation</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Commandant</translation>
        </message>
        <message numerus="yes">
            <source>%n patient(s) on the ward will carry over to the new rotation.</source>
            <translation>
                <numerusform>%n patient hospitalisé sera repris par la nouvelle rotation.</numerusform>
                <numerusform>%n patients hospitalisés seront repris par la nouvelle rotation.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open rotation</source>
            <translation>Ouvrir la rotation</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>No program on this computer opens this folder. The file is saved at %1</source>
            <translation>Aucun programme de cet ordinateur n'ouvre ce dossier. Le fichier est enregistré sous %1</translation>
        </message>
        <message>
            <source>No program on this computer opens this file. It is saved at %1</source>
            <translation>Aucun programme de cet ordinateur n'ouvre ce fichier. Il est enregistré sous %1</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>%1 is the database or one of its files; choose another file name.</source>
            <translation>%1 est la base de données ou l'un de ses fichiers ; choisissez un autre nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDialog</name>
        <message>
            <source>Log an outreach activity</source>
            <translation>Enregistrer une action de proximité</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Village, school or camp</source>
            <translation>Village, école ou camp</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>e.g. county health department, NGO</source>
            <translation>p. ex. service de santé du comté, ONG</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Noms, séparés par des virgules</translation>
        </message>
        <message>
            <source>Staff taking part</source>
            <translation>Personnel participant</translation>
        </message>
        <message>
            <source>Number of staff</source>
            <translation>Nombre de participants</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Personnes touchées</translation>
        </message>
        <message>
            <source>of whom women and girls</source>
            <translation>dont femmes et filles</translation>
        </message>
        <message>
            <source>of whom men and boys</source>
            <translation>dont hommes et garçons</translation>
        </message>
        <message>
            <source>of whom children (under 18)</source>
            <translation>dont enfants (moins de 18 ans)</translation>
        </message>
        <message>
            <source>e.g. %1 or 0.5</source>
            <translation>p. ex. %1 ou 0,5</translation>
        </message>
        <message>
            <source>e.g. masks, ha, books</source>
            <translation>p. ex. masques, ha, livres</translation>
        </message>
        <message>
            <source>Quantity and unit</source>
            <translation>Quantité et unité</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Notable (mention in the handover report)</source>
            <translation>Remarquable (à citer dans le rapport de relève)</translation>
        </message>
        <message>
            <source>An unsaved activity at %1, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Une activité non enregistrée à %1, modifiée pour la dernière fois le %2, a été conservée. Restaurez-la, ou commencez à saisir pour la remplacer.</translation>
        </message>
        <message>
            <source>An unsaved activity, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Une activité non enregistrée, modifiée pour la dernière fois le %2, a été conservée. Restaurez-la, ou commencez à saisir pour la remplacer.</translation>
        </message>
        <message>
            <source>Open a rotation before logging activities</source>
            <translation>Ouvrez une rotation avant d'enregistrer des activités</translation>
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Personnes touchées</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Enfants</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Notable</source>
            <translation>Remarquable</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Made or given</source>
            <translation>Produit ou remis</translation>
        </message>
    </context>
    <context>
        <name>OutreachPage</name>
        <message>
            <source>Outreach</source>
            <translation>Actions de proximité</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Filter by place, partner…</source>
            <translation>Filtrer par lieu, partenaire…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Totals by kind for the period</source>
            <translation>Totaux par type sur la période</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Enregistrer une activité…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Annuler…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Activities: %1 · people reached: %2</source>
            <translation>Activités : %1 · personnes touchées : %2</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message numerus="yes">
            <source>%Ln day(s) old</source>
            <translation>
                <numerusform>il y a %Ln jour</numerusform>
                <numerusform>il y a %Ln jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Le répéter</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>An unsaved registration of %1, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Une inscription non enregistrée de %1, modifiée pour la dernière fois le %2, a été conservée. Restaurez-la, ou commencez à saisir pour la remplacer.</translation>
        </message>
        <message>
            <source>An unsaved registration, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Une inscription non enregistrée, modifiée pour la dernière fois le %2, a été conservée. Restaurez-la, ou commencez à saisir pour la remplacer.</translation>
        </message>
        <message>
            <source>age %1</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <source>last visit %1</source>
            <translation>dernière visite %1</translation>
        </message>
        <message>
            <source>no visit yet</source>
            <translation>aucune visite</translation>
        </message>
        <message>
            <source>same UN index number</source>
            <translation>même numéro d'index ONU</translation>
        </message>
        <message>
            <source>same name and sex, similar age</source>
            <translation>même nom et sexe, âge proche</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… et %1 autres</translation>
        </message>
        <message>
            <source>This patient may already be registered:</source>
            <translation>Ce patient est peut-être déjà enregistré :</translation>
        </message>
        <message>
            <source>Edit patient</source>
            <translation>Modifier le patient</translation>
        </message>
        <message>
            <source>Register patient</source>
            <translation>Enregistrer un patient</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sexe</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Date de naissance</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Catégorie</translation>
        </message>
        <message>
            <source>UN &amp;index number</source>
            <translation>Numéro d'&amp;index ONU</translation>
        </message>
        <message>
            <source>Na&amp;tionality</source>
            <translation>Na&amp;tionalité</translation>
        </message>
        <message>
            <source>&amp;Unit or contingent</source>
            <translation>&amp;Unité ou contingent</translation>
        </message>
        <message>
            <source>&amp;Home or location</source>
            <translation>&amp;Domicile ou lieu</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>aaaa-mm-jj</translation>
        </message>
        <message>
            <source>or estimated &amp;age (years)</source>
            <translation>ou âge estimé (&amp;années)</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>p. ex. 30</translation>
        </message>
        <message>
            <source>Op&amp;en the registered patient</source>
            <translation>Ouvrir le patient &amp;existant</translation>
        </message>
        <message>
            <source>&amp;Register as a new patient</source>
            <translation>Enregist&amp;rer comme nouveau patient</translation>
        </message>
        <message>
            <source>required for UN personnel when known</source>
            <translation>obligatoire pour le personnel de l'ONU s'il est connu</translation>
        </message>
        <message>
            <source>Type the date of birth, or an estimated age (Alt+A)</source>
            <translation>Tapez la date de naissance, ou un âge estimé (Alt+A)</translation>
        </message>
        <message>
            <source>Type a date of birth or an estimated age, not both</source>
            <translation>Tapez une date de naissance ou un âge estimé, pas les deux</translation>
        </message>
        <message>
            <source>Not a date: type it as yyyy-mm-dd (or dd/mm/yyyy)</source>
            <translation>Pas une date : tapez-la sous la forme aaaa-mm-jj (ou jj/mm/aaaa)</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future</source>
            <translation>La date de naissance ne peut pas être dans le futur</translation>
        </message>
        <message>
            <source>This date gives an age over %1 years</source>
            <translation>Cette date donne un âge de plus de %1 ans</translation>
        </message>
        <message>
            <source>Type the estimated age in whole years, 0 to %1</source>
            <translation>Tapez l'âge estimé en années entières, de 0 à %1</translation>
        </message>
        <message>
            <source>Choose female or male</source>
            <translation>Choisissez femme ou homme</translation>
        </message>
    </context>
    <context>
        <name>PatientListModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>UN index no. or home</source>
            <translation>N° d'index ONU ou domicile</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
    </context>
    <context>
        <name>PatientPicker</name>
        <message>
            <source>Patient name or UN index number (Ctrl+F)</source>
            <translation>Nom du patient ou numéro d'index ONU (Ctrl+F)</translation>
        </message>
        <message>
            <source>last visit %1</source>
            <translation>dernière visite %1</translation>
        </message>
        <message>
            <source>no visit yet</source>
            <translation>aucune visite</translation>
        </message>
        <message>
            <source>No patient chosen yet.</source>
            <translation>Aucun patient choisi.</translation>
        </message>
    </context>
    <context>
        <name>PatientTimeline</name>
        <message>
            <source>, estimated</source>
            <translation>, estimée</translation>
        </message>
        <message>
            <source>No encounters yet.</source>
            <translation>Aucune consultation pour l'instant.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>UN index number</source>
            <translation>Numéro d'index ONU</translation>
        </message>
        <message>
            <source>Void record…</source>
            <translation>Annuler l'enregistrement…</translation>
        </message>
        <message>
            <source>Record history…</source>
            <translation>Historique de l'enregistrement…</translation>
        </message>
        <message>
            <source>Open a patient (Enter or double-click) to see the record.</source>
            <translation>Ouvrez un patient (Entrée ou double-clic) pour voir le dossier.</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Domicile</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>PatientsPage</name>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Name or UN index number (Ctrl+F)</source>
            <translation>Nom ou numéro d'index ONU (Ctrl+F)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes catégories</translation>
        </message>
        <message>
            <source>&amp;Register patient…</source>
            <translation>&amp;Enregistrer un patient…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>New en&amp;counter</source>
            <translation>Nouvelle &amp;consultation</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Annuler…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Patients shown: %1</source>
            <translation>Patients affichés : %1</translation>
        </message>
    </context>
    <context>
        <name>PendingEvacuationsModel</name>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Montrer les détails…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Masquer les détails…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Tout enregistrer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Oui à &amp;tout</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Non à to&amp;ut</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ne pas tenir compte</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurer les valeurs par défaut</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Aller au précédent</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Soumettre</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>The recovery key</source>
            <translation>La clé de récupération</translation>
        </message>
        <message>
            <source>The database is encrypted. This key is shown only now.</source>
            <translation>La base de données est chiffrée. Cette clé n'est affichée que maintenant.</translation>
        </message>
        <message>
            <source>Write this key down or print it, and keep it in the safe. When every password is forgotten it opens the database (l2fh-desk recover). Anyone who holds it can read every record.</source>
            <translation>Notez cette clé ou imprimez-la, et gardez-la dans le coffre. Quand tous les mots de passe sont oubliés, elle ouvre la base de données (l2fh-desk recover). Quiconque la détient peut lire tous les dossiers.</translation>
        </message>
        <message>
            <source>I have written it down</source>
            <translation>Je l'ai notée</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Rotation handover report (PDF)</source>
            <translation>Rapport de relève de la rotation (PDF)</translation>
        </message>
        <message>
            <source>WHO EMT minimum data set (MDS) report</source>
            <translation>Rapport de l'ensemble minimal de données EMT de l'OMS (MDS)</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Write the &amp;handover report</source>
            <translation>Rédiger le rapport de &amp;relève</translation>
        </message>
        <message>
            <source>Write the &amp;MDS report</source>
            <translation>Rédiger le rapport &amp;MDS</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>This HQ database holds %1 hospitals: the MDS report counts the encounters of all of them together, not of one hospital.</source>
            <translation>Cette base de données du QG contient %1 hôpitaux : le rapport MDS compte les consultations de tous ces hôpitaux ensemble, et non d'un seul.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>Choisissez où enregistrer le rapport.</translation>
        </message>
        <message>
            <source>%1 already exists and was kept.</source>
            <translation>%1 existe déjà et a été conservé.</translation>
        </message>
        <message>
            <source>Writing the handover report…</source>
            <translation>Rédaction du rapport de relève…</translation>
        </message>
        <message>
            <source>Writing the MDS report…</source>
            <translation>Rédaction du rapport MDS…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Non rédigé : %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>&amp;Link: the same person</source>
            <translation>&amp;Lier : la même personne</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Délier</translation>
        </message>
        <message>
            <source>Likely duplicate persons: %1 to check, %2 linked</source>
            <translation>Personnes probablement en double : %1 à vérifier, %2 liées</translation>
        </message>
        <message>
            <source>Merge conflicts and refused rows: %1 (old and new value, source bundle)</source>
            <translation>Conflits de fusion et lignes refusées : %1 (ancienne et nouvelle valeur, lot d'origine)</translation>
        </message>
        <message>
            <source>Linked: HQ figures now count %1 and %2 as one person.</source>
            <translation>Liés : les chiffres du QG comptent désormais %1 et %2 comme une seule personne.</translation>
        </message>
        <message>
            <source>Unlinked: %1 and %2 are counted as two people again.</source>
            <translation>Déliés : %1 et %2 sont de nouveau comptés comme deux personnes.</translation>
        </message>
    </context>
    <context>
        <name>RotationPage</name>
        <message>
            <source>The current rotation</source>
            <translation>La rotation en cours</translation>
        </message>
        <message>
            <source>Records belong to the rotation during which they were made.</source>
            <translation>Chaque dossier appartient à la rotation pendant laquelle il a été créé.</translation>
        </message>
        <message>
            <source>Rotation &amp;number</source>
            <translation>&amp;Numéro de rotation</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>&amp;Début le</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>&amp;Fin le</translation>
        </message>
        <message>
            <source>&amp;Commander</source>
            <translation>&amp;Commandant</translation>
        </message>
    </context>
    <context>
        <name>RotationPicker</name>
        <message>
            <source>Rotation %1</source>
            <translation>Rotation %1</translation>
        </message>
    </context>
    <context>
        <name>RotationsModel</name>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Commandant</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Rotation %1</source>
            <translation>Rotation %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
    </context>
    <context>
        <name>RotationsPage</name>
        <message>
            <source>Rotations and staff</source>
            <translation>Rotations et personnel</translation>
        </message>
        <message>
            <source>Open the &amp;next rotation…</source>
            <translation>Ouvrir la rotation &amp;suivante…</translation>
        </message>
        <message>
            <source>&amp;Add staff…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Annuler…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Staff roster</source>
            <translation>Liste du personnel</translation>
        </message>
        <message>
            <source>Staff roster of rotation %1</source>
            <translation>Liste du personnel de la rotation %1</translation>
        </message>
        <message>
            <source>meets the UN target</source>
            <translation>atteint l'objectif de l'ONU</translation>
        </message>
        <message>
            <source>below the UN target</source>
            <translation>en dessous de l'objectif de l'ONU</translation>
        </message>
        <message>
            <source>Women: %1 of %2 staff (%3) — UN target %4: %5</source>
            <translation>Femmes : %1 sur %2 membres du personnel (%3) — objectif de l'ONU %4 : %5</translation>
        </message>
        <message numerus="yes">
            <source>Rotation %1 is open; %n open admission(s) carried over.</source>
            <translation>
                <numerusform>La rotation %1 est ouverte ; %n hospitalisation en cours reprise.</numerusform>
                <numerusform>La rotation %1 est ouverte ; %n hospitalisations en cours reprises.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>This hospital's settings</source>
            <translation>Paramètres de cet hôpital</translation>
        </message>
        <message>
            <source>Lock after idle (minutes)</source>
            <translation>Verrouiller après inactivité (minutes)</translation>
        </message>
        <message>
            <source>UN target for women on the roster</source>
            <translation>Objectif ONU de femmes dans l'effectif</translation>
        </message>
        <message>
            <source>HQ public key</source>
            <translation>Clé publique du QG</translation>
        </message>
        <message>
            <source>Days with one backup a day kept</source>
            <translation>Jours avec une sauvegarde par jour conservée</translation>
        </message>
        <message>
            <source>MDS additional items 19-22</source>
            <translation>Éléments supplémentaires MDS 19-22</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <source>none: exports are signed but not encrypted</source>
            <translation>aucune : les exportations sont signées mais non chiffrées</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>ICD-10 prefixes</source>
            <translation>Préfixes CIM-10</translation>
        </message>
        <message>
            <source>Only a commander can change these settings.</source>
            <translation>Seul un commandant peut modifier ces paramètres.</translation>
        </message>
        <message>
            <source>Cannot read the file: %1</source>
            <translation>Impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>Key files (*.pub *.txt *.key);;All files (*)</source>
            <translation>Fichiers de clé (*.pub *.txt *.key);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to L2FH Desk</source>
            <translation>Connexion à L2FH Desk</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Demo database. Accounts:</source>
            <translation>Base de démonstration. Comptes :</translation>
        </message>
        <message numerus="yes">
            <source>This account is locked after too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Ce compte est verrouillé après trop de mots de passe erronés. Réessayez dans %n minute.</numerusform>
                <numerusform>Ce compte est verrouillé après trop de mots de passe erronés. Réessayez dans %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled. Ask the contingent commander.</source>
            <translation>Ce compte est désactivé. Adressez-vous au commandant du contingent.</translation>
        </message>
        <message>
            <source>This account has no key on this encrypted database yet (or the username is mistyped). A commander must reset its password on the Accounts page.</source>
            <translation>Ce compte n'a pas encore de clé sur cette base de données chiffrée (ou le nom d'utilisateur est mal saisi). Un commandant doit réinitialiser son mot de passe sur la page Comptes.</translation>
        </message>
        <message numerus="yes">
            <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
            <translation>
                <numerusform>Nom d'utilisateur ou mot de passe erroné. Encore %n essai avant le verrouillage du compte.</numerusform>
                <numerusform>Nom d'utilisateur ou mot de passe erroné. Encore %n essais avant le verrouillage du compte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong username or password.</source>
            <translation>Nom d'utilisateur ou mot de passe erroné.</translation>
        </message>
        <message>
            <source>This encrypted database cannot be opened: %1</source>
            <translation>Impossible d'ouvrir cette base de données chiffrée : %1</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Edit staff member</source>
            <translation>Modifier un membre du personnel</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Ajouter un membre du personnel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Captain</source>
            <translation>p. ex. capitaine</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>e.g. anaesthetist, nurse</source>
            <translation>p. ex. anesthésiste, infirmier</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Choose female or male (the roster reports women's share)</source>
            <translation>Choisissez femme ou homme (la liste indique la part des femmes)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The database %1 failed its start-up check:
%2

Restore the newest good backup, made %3? The damaged file is kept aside, not deleted.</source>
            <translation>La base de données %1 a échoué à la vérification au démarrage :
%2

Restaurer la sauvegarde valide la plus récente, faite le %3 ? Le fichier endommagé est mis de côté, pas supprimé.</translation>
        </message>
        <message>
            <source>L2FH Desk — damaged database</source>
            <translation>L2FH Desk — base de données endommagée</translation>
        </message>
        <message>
            <source>The database %1 is missing, but backups of it are in %2.

Restore the newest good backup, made %3? Choose No to quit without creating a new hospital.</source>
            <translation>La base de données %1 est introuvable, mais ses sauvegardes sont dans %2.

Restaurer la sauvegarde valide la plus récente, faite le %3 ? Choisissez Non pour quitter sans créer un nouvel hôpital.</translation>
        </message>
        <message>
            <source>L2FH Desk — missing database</source>
            <translation>L2FH Desk — base de données manquante</translation>
        </message>
        <message>
            <source>Only a commander may restore a backup (%1 is signed in as: %2). Nothing was changed.</source>
            <translation>Seul un commandant peut restaurer une sauvegarde (%1 est connecté en tant que : %2). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database %1 failed its start-up check:
%2

No good backup was found. Copy the file for the support team and do not write to it.</source>
            <translation>La base de données %1 a échoué à la vérification au démarrage :
%2

Aucune sauvegarde valide n'a été trouvée. Copiez le fichier pour l'équipe de support et n'y écrivez plus.</translation>
        </message>
        <message>
            <source>L2FH Desk</source>
            <translation>L2FH Desk</translation>
        </message>
        <message>
            <source>The backup was restored. The damaged file was kept as %1.</source>
            <translation>La sauvegarde a été restaurée. Le fichier endommagé a été conservé sous le nom %1.</translation>
        </message>
        <message>
            <source>The passwords in force when this backup was made come back with it: a password set since no longer opens the file.</source>
            <translation>Les mots de passe en vigueur lors de cette sauvegarde reviennent avec elle : un mot de passe défini depuis n'ouvre plus le fichier.</translation>
        </message>
        <message>
            <source>The backup made when L2FH Desk last closed failed</source>
            <translation>La sauvegarde faite à la dernière fermeture de L2FH Desk a échoué</translation>
        </message>
        <message>
            <source>Today's backup failed</source>
            <translation>La sauvegarde du jour a échoué</translation>
        </message>
        <message>
            <source>%1: %2

Your records are saved in the database, but there is no recent backup of it. Free some space on the disk or check the folder %3; the next backup is made when L2FH Desk closes.</source>
            <translation>%1 : %2

Vos dossiers sont enregistrés dans la base de données, mais il n'en existe aucune sauvegarde récente. Libérez de la place sur le disque ou vérifiez le dossier %3 ; la prochaine sauvegarde sera faite à la fermeture de L2FH Desk.</translation>
        </message>
        <message>
            <source>L2FH Desk — backup failed</source>
            <translation>L2FH Desk — échec de la sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ministry summary</source>
            <translation>Synthèse pour le ministère</translation>
        </message>
        <message>
            <source>Figures per hospital and rotation (patients as distinct persons, linked duplicates counted once), comparison charts and a trend across years.</source>
            <translation>Chiffres par hôpital et rotation (patients comptés comme personnes distinctes, doublons liés comptés une fois), graphiques de comparaison et tendance sur les années.</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Toute la période</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>Du – au</translation>
        </message>
        <message>
            <source>All rotations, or from – to:</source>
            <translation>Toutes les rotations, ou de – à :</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (Excel)</source>
            <translation>CSV pour tableur (Excel)</translation>
        </message>
        <message>
            <source>&amp;Write the summary</source>
            <translation>&amp;Écrire la synthèse</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Hospitals (none ticked: all)</source>
            <translation>Hôpitaux (aucun coché : tous)</translation>
        </message>
        <message>
            <source>Rotations</source>
            <translation>Rotations</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Choose where to save the summary.</source>
            <translation>Choisissez où enregistrer la synthèse.</translation>
        </message>
        <message>
            <source>Writing the ministry summary…</source>
            <translation>Écriture de la synthèse pour le ministère…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Non écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Encounter</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Évacuation</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Triage / priority</source>
            <translation>Triage / priorité</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Disposition / outcome</source>
            <translation>Orientation / issue</translation>
        </message>
        <message>
            <source>no diagnosis</source>
            <translation>pas de diagnostic</translation>
        </message>
        <message>
            <source>bed</source>
            <translation>lit</translation>
        </message>
        <message>
            <source>still admitted</source>
            <translation>toujours hospitalisé</translation>
        </message>
        <message>
            <source>discharged %1</source>
            <translation>sorti le %1</translation>
        </message>
    </context>
    <context>
        <name>TopDiagnosesModel</name>
        <message>
            <source>ICD-10</source>
            <translation>CIM-10</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Consultations</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Move to another bed</source>
            <translation>Changer de lit</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>e.g. B7</source>
            <translation>p. ex. B7</translation>
        </message>
        <message>
            <source>New bed</source>
            <translation>Nouveau lit</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trusted keys</source>
            <translation>Clés de confiance</translation>
        </message>
        <message>
            <source>&amp;Export HQ's public key…</source>
            <translation>&amp;Exporter la clé publique du QG…</translation>
        </message>
        <message>
            <source>&amp;Revoke the selected key…</source>
            <translation>&amp;Révoquer la clé sélectionnée…</translation>
        </message>
        <message>
            <source>&amp;Accept a hospital's key rotation…</source>
            <translation>&amp;Accepter le changement de clé d'un hôpital…</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hôpital</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Approuvée le</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>HQ's public key fingerprint (hospitals check it by phone):
%1</source>
            <translation>Empreinte de la clé publique du QG (les hôpitaux la vérifient par téléphone) :
%1</translation>
        </message>
        <message>
            <source>HQ has no key pair.</source>
            <translation>Le QG n'a pas de paire de clés.</translation>
        </message>
        <message>
            <source>Export HQ's public key</source>
            <translation>Exporter la clé publique du QG</translation>
        </message>
        <message>
            <source>HQ public key (*.pub)</source>
            <translation>Clé publique du QG (*.pub)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exporté vers %1.</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Non exporté : %1</translation>
        </message>
        <message>
            <source>Revoke a key</source>
            <translation>Révoquer une clé</translation>
        </message>
        <message>
            <source>Why (recorded):</source>
            <translation>Pourquoi (enregistré) :</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>Non révoquée : %1</translation>
        </message>
        <message>
            <source>Key of %1 revoked: its bundles are refused from now on.</source>
            <translation>Clé de %1 révoquée : ses lots sont refusés désormais.</translation>
        </message>
        <message>
            <source>Accept a hospital's key rotation</source>
            <translation>Accepter le changement de clé d'un hôpital</translation>
        </message>
        <message>
            <source>Key rotation statement (*.txt);;All files (*)</source>
            <translation>Déclaration de changement de clé (*.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Rotation not accepted: %1</source>
            <translation>Changement de clé non accepté : %1</translation>
        </message>
        <message>
            <source>%1 now signs with the key %2; its old key is revoked.</source>
            <translation>%1 signe désormais avec la clé %2 ; son ancienne clé est révoquée.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%Ln masks</source>
            <translation>
                <numerusform>%Ln masque</numerusform>
                <numerusform>%Ln masques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lessons</source>
            <translation>
                <numerusform>%Ln leçon</numerusform>
                <numerusform>%Ln leçons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln séance</numerusform>
                <numerusform>%Ln séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln consultations</source>
            <translation>
                <numerusform>%Ln consultation</numerusform>
                <numerusform>%Ln consultations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VitalsEditor</name>
        <message>
            <source>Temperature (°C)</source>
            <translation>Température (°C)</translation>
        </message>
        <message>
            <source>Pulse (/min)</source>
            <translation>Pouls (/min)</translation>
        </message>
        <message>
            <source>Respiratory rate (/min)</source>
            <translation>Fréquence respiratoire (/min)</translation>
        </message>
        <message>
            <source>Systolic BP (mmHg)</source>
            <translation>PA systolique (mmHg)</translation>
        </message>
        <message>
            <source>Diastolic BP (mmHg)</source>
            <translation>PA diastolique (mmHg)</translation>
        </message>
        <message>
            <source>SpO₂ (%)</source>
            <translation>SpO₂ (%)</translation>
        </message>
        <message>
            <source>GCS (3-15)</source>
            <translation>Score de Glasgow (3-15)</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Poids (kg)</translation>
        </message>
        <message>
            <source>Pain (0-10)</source>
            <translation>Douleur (0-10)</translation>
        </message>
        <message>
            <source>Must be between %1 and %2</source>
            <translation>Doit être compris entre %1 et %2</translation>
        </message>
        <message>
            <source>Must be lower than systolic</source>
            <translation>Doit être inférieure à la systolique</translation>
        </message>
        <message>
            <source>Low for age (normal %1-%2)</source>
            <translation>Bas pour l'âge (normal %1-%2)</translation>
        </message>
        <message>
            <source>Low (normal %1-%2)</source>
            <translation>Bas (normal %1-%2)</translation>
        </message>
        <message>
            <source>High for age (normal %1-%2)</source>
            <translation>Élevé pour l'âge (normal %1-%2)</translation>
        </message>
        <message>
            <source>High (normal %1-%2)</source>
            <translation>Élevé (normal %1-%2)</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void record</source>
            <translation>Annuler l'enregistrement</translation>
        </message>
        <message>
            <source>Void %1? It stays in the records and the audit trail, marked void.</source>
            <translation>Annuler %1 ? L'enregistrement reste dans les dossiers et la piste d'audit, marqué comme annulé.</translation>
        </message>
        <message>
            <source>Why is this record void? (e.g. entered for the wrong patient)</source>
            <translation>Pourquoi annuler cet enregistrement ? (p. ex. saisi pour le mauvais patient)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>A reason is required to void a record</source>
            <translation>Un motif est requis pour annuler un enregistrement</translation>
        </message>
    </context>
    <context>
        <name>WardPage</name>
        <message>
            <source>Ward</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>&amp;Discharge…</source>
            <translation>&amp;Sortie…</translation>
        </message>
        <message>
            <source>&amp;Move bed…</source>
            <translation>&amp;Changer de lit…</translation>
        </message>
        <message>
            <source>&amp;Evacuate…</source>
            <translation>É&amp;vacuer…</translation>
        </message>
        <message>
            <source>Void admission…</source>
            <translation>Annuler l'hospitalisation…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>&amp;Wards and beds…</source>
            <translation>Services et l&amp;its…</translation>
        </message>
        <message>
            <source>No patients on the ward.</source>
            <translation>Aucun patient hospitalisé.</translation>
        </message>
        <message>
            <source>A&amp;pprove</source>
            <translation>A&amp;pprouver</translation>
        </message>
        <message>
            <source>Record de&amp;parture</source>
            <translation>Enregistrer le dé&amp;part</translation>
        </message>
        <message>
            <source>Cancel evacuation</source>
            <translation>Annuler l'évacuation</translation>
        </message>
        <message>
            <source>Beds occupied: %1 of %2 · admitted today: %3 · discharged today: %4</source>
            <translation>Lits occupés : %1 sur %2 · admis aujourd'hui : %3 · sortis aujourd'hui : %4</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending evacuations: %1&lt;/b&gt; (the patient keeps the bed until departure)</source>
            <translation>&lt;b&gt;Évacuations en attente : %1&lt;/b&gt; (le patient garde son lit jusqu'au départ)</translation>
        </message>
        <message>
            <source>%1 has departed for %2? The bed %3 is freed.</source>
            <translation>%1 est parti(e) pour %2 ? Le lit %3 est libéré.</translation>
        </message>
        <message>
            <source>Cancel the evacuation of %1 to %2? The patient stays in bed %3.</source>
            <translation>Annuler l'évacuation de %1 vers %2 ? Le patient reste au lit %3.</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Évacuation</translation>
        </message>
        <message>
            <source>the admission of %1 (bed %2)</source>
            <translation>l'hospitalisation de %1 (lit %2)</translation>
        </message>
        <message>
            <source>admission of %1</source>
            <translation>hospitalisation de %1</translation>
        </message>
    </context>
    <context>
        <name>WardSetupDialog</name>
        <message>
            <source>Wards and beds</source>
            <translation>Services et lits</translation>
        </message>
        <message>
            <source>Set up now</source>
            <translation>Déjà en place</translation>
        </message>
        <message>
            <source>e.g. General, Isolation, Surgical</source>
            <translation>p. ex. Général, Isolement, Chirurgie</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <source>e.g. ISO-1, ISO-2 (separated by commas)</source>
            <translation>p. ex. ISO-1, ISO-2 (séparés par des virgules)</translation>
        </message>
        <message>
            <source>Bed &amp;labels</source>
            <translation>Noms des &amp;lits</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>or a &amp;number of beds</source>
            <translation>ou un &amp;nombre de lits</translation>
        </message>
        <message>
            <source>Beds are added to the ward of that name if it exists; labels it already has are refused.</source>
            <translation>Les lits s'ajoutent au service de ce nom s'il existe ; un nom de lit qu'il a déjà est refusé.</translation>
        </message>
        <message>
            <source>No wards set up yet: beds are typed freely.</source>
            <translation>Aucun service en place : les lits sont saisis librement.</translation>
        </message>
        <message>
            <source>%1: %2 beds (%3)</source>
            <translation>%1 : %2 lits (%3)</translation>
        </message>
        <message numerus="yes">
            <source>, %n in use</source>
            <translation>
                <numerusform>, %n occupé</numerusform>
                <numerusform>, %n occupés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mds</name>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Female, not pregnant</source>
            <translation>Femme, non enceinte</translation>
        </message>
        <message>
            <source>Female, pregnant</source>
            <translation>Femme enceinte</translation>
        </message>
        <message>
            <source>Major head/spine injury</source>
            <translation>Traumatisme majeur tête/colonne</translation>
        </message>
        <message>
            <source>Major torso injury</source>
            <translation>Traumatisme majeur du tronc</translation>
        </message>
        <message>
            <source>Major extremity injury</source>
            <translation>Traumatisme majeur des membres</translation>
        </message>
        <message>
            <source>Moderate injury</source>
            <translation>Traumatisme modéré</translation>
        </message>
        <message>
            <source>Minor injury</source>
            <translation>Traumatisme mineur</translation>
        </message>
        <message>
            <source>Acute respiratory infection</source>
            <translation>Infection respiratoire aiguë</translation>
        </message>
        <message>
            <source>Acute watery diarrhoea</source>
            <translation>Diarrhée aqueuse aiguë</translation>
        </message>
        <message>
            <source>Acute bloody diarrhoea</source>
            <translation>Diarrhée sanglante aiguë</translation>
        </message>
        <message>
            <source>Acute jaundice syndrome</source>
            <translation>Syndrome ictérique aigu</translation>
        </message>
        <message>
            <source>Suspected measles</source>
            <translation>Rougeole suspectée</translation>
        </message>
        <message>
            <source>Suspected meningitis</source>
            <translation>Méningite suspectée</translation>
        </message>
        <message>
            <source>Suspected tetanus</source>
            <translation>Tétanos suspecté</translation>
        </message>
        <message>
            <source>Acute flaccid paralysis</source>
            <translation>Paralysie flasque aiguë</translation>
        </message>
        <message>
            <source>Acute haemorrhagic fever</source>
            <translation>Fièvre hémorragique aiguë</translation>
        </message>
        <message>
            <source>Fever of unknown origin</source>
            <translation>Fièvre d'origine inconnue</translation>
        </message>
        <message>
            <source>Additional item 1</source>
            <translation>Élément supplémentaire 1</translation>
        </message>
        <message>
            <source>Additional item 2</source>
            <translation>Élément supplémentaire 2</translation>
        </message>
        <message>
            <source>Additional item 3</source>
            <translation>Élément supplémentaire 3</translation>
        </message>
        <message>
            <source>Additional item 4</source>
            <translation>Élément supplémentaire 4</translation>
        </message>
        <message>
            <source>Surgical emergency (non-trauma)</source>
            <translation>Urgence chirurgicale (non traumatique)</translation>
        </message>
        <message>
            <source>Medical emergency (non-infectious)</source>
            <translation>Urgence médicale (non infectieuse)</translation>
        </message>
        <message>
            <source>Skin disease</source>
            <translation>Maladie de la peau</translation>
        </message>
        <message>
            <source>Acute mental health problem</source>
            <translation>Problème aigu de santé mentale</translation>
        </message>
        <message>
            <source>Obstetric complication</source>
            <translation>Complication obstétricale</translation>
        </message>
        <message>
            <source>Severe acute malnutrition</source>
            <translation>Malnutrition aiguë sévère</translation>
        </message>
        <message>
            <source>Other diagnosis, not specified above</source>
            <translation>Autre diagnostic, non précisé ci-dessus</translation>
        </message>
        <message>
            <source>Major procedure (excluding limb amputation)</source>
            <translation>Intervention majeure (hors amputation d'un membre)</translation>
        </message>
        <message>
            <source>Limb amputation (excluding digits)</source>
            <translation>Amputation d'un membre (hors doigts et orteils)</translation>
        </message>
        <message>
            <source>Minor surgical procedure</source>
            <translation>Intervention chirurgicale mineure</translation>
        </message>
        <message>
            <source>Normal vaginal delivery</source>
            <translation>Accouchement normal par voie basse</translation>
        </message>
        <message>
            <source>Caesarean section</source>
            <translation>Césarienne</translation>
        </message>
        <message>
            <source>Obstetrics, other</source>
            <translation>Obstétrique, autre</translation>
        </message>
        <message>
            <source>Discharge without medical follow-up</source>
            <translation>Sortie sans suivi médical</translation>
        </message>
        <message>
            <source>Discharge with medical follow-up</source>
            <translation>Sortie avec suivi médical</translation>
        </message>
        <message>
            <source>Discharge against medical advice</source>
            <translation>Sortie contre avis médical</translation>
        </message>
        <message>
            <source>Referral / transfer to another facility</source>
            <translation>Orientation / transfert vers une autre structure</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <source>Dead on arrival</source>
            <translation>Décédé à l'arrivée</translation>
        </message>
        <message>
            <source>Death within facility</source>
            <translation>Décès dans la structure</translation>
        </message>
        <message>
            <source>Requiring long-term rehabilitation</source>
            <translation>Nécessite une réadaptation de longue durée</translation>
        </message>
        <message>
            <source>Directly related to the event</source>
            <translation>Directement lié à l'événement</translation>
        </message>
        <message>
            <source>Indirectly related to the event</source>
            <translation>Indirectement lié à l'événement</translation>
        </message>
        <message>
            <source>Not related to the event</source>
            <translation>Sans lien avec l'événement</translation>
        </message>
        <message>
            <source>Vulnerable child</source>
            <translation>Enfant vulnérable</translation>
        </message>
        <message>
            <source>Vulnerable adult</source>
            <translation>Adulte vulnérable</translation>
        </message>
        <message>
            <source>Sexual and gender-based violence</source>
            <translation>Violences sexuelles et basées sur le genre</translation>
        </message>
        <message>
            <source>Violence (non-SGBV)</source>
            <translation>Violence (hors VSBG)</translation>
        </message>
        <message>
            <source>Malaria (confirmed or suspected)</source>
            <translation>Paludisme (confirmé ou suspecté)</translation>
        </message>
        <message>
            <source>Snake or animal bite</source>
            <translation>Morsure de serpent ou d'animal</translation>
        </message>
        <message>
            <source>Suspected cholera</source>
            <translation>Choléra suspecté</translation>
        </message>
        <message>
            <source>Suspected typhoid/enteric fever</source>
            <translation>Fièvre typhoïde/entérique suspectée</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>UN military</source>
            <translation>Militaire de l'ONU</translation>
        </message>
        <message>
            <source>UN police</source>
            <translation>Police de l'ONU</translation>
        </message>
        <message>
            <source>UN civilian staff</source>
            <translation>Personnel civil de l'ONU</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Local civilian</source>
            <translation>Civil local</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Outpatient</source>
            <translation>Consultation externe</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <source>Outreach clinic</source>
            <translation>Clinique mobile</translation>
        </message>
        <message>
            <source>T1 Immediate</source>
            <translation>T1 Immédiat</translation>
        </message>
        <message>
            <source>T2 Urgent</source>
            <translation>T2 Urgent</translation>
        </message>
        <message>
            <source>T3 Minor</source>
            <translation>T3 Mineur</translation>
        </message>
        <message>
            <source>T4 Expectant</source>
            <translation>T4 Dépassé</translation>
        </message>
        <message>
            <source>Dead</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Sorti</translation>
        </message>
        <message>
            <source>Discharged with follow-up</source>
            <translation>Sorti avec suivi</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>Hospitalisé</translation>
        </message>
        <message>
            <source>Evacuated</source>
            <translation>Évacué</translation>
        </message>
        <message>
            <source>Left against medical advice</source>
            <translation>Sorti contre avis médical</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <source>Dead on arrival</source>
            <translation>Décédé à l'arrivée</translation>
        </message>
        <message>
            <source>Referred or evacuated</source>
            <translation>Orienté ou évacué</translation>
        </message>
        <message>
            <source>Died in facility</source>
            <translation>Décédé dans la structure</translation>
        </message>
        <message>
            <source>CASEVAC</source>
            <translation>CASEVAC</translation>
        </message>
        <message>
            <source>MEDEVAC</source>
            <translation>MEDEVAC</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritaire</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Directly related to the event</source>
            <translation>Directement lié à l'événement</translation>
        </message>
        <message>
            <source>Indirectly related to the event</source>
            <translation>Indirectement lié à l'événement</translation>
        </message>
        <message>
            <source>Not related to the event</source>
            <translation>Sans lien avec l'événement</translation>
        </message>
        <message>
            <source>Vulnerable child</source>
            <translation>Enfant vulnérable</translation>
        </message>
        <message>
            <source>Vulnerable adult</source>
            <translation>Adulte vulnérable</translation>
        </message>
        <message>
            <source>Sexual and gender-based violence</source>
            <translation>Violences sexuelles et basées sur le genre</translation>
        </message>
        <message>
            <source>Violence (non-SGBV)</source>
            <translation>Violence (hors VSBG)</translation>
        </message>
        <message>
            <source>Major procedure</source>
            <translation>Intervention majeure</translation>
        </message>
        <message>
            <source>Limb amputation</source>
            <translation>Amputation d'un membre</translation>
        </message>
        <message>
            <source>Minor surgical procedure</source>
            <translation>Intervention chirurgicale mineure</translation>
        </message>
        <message>
            <source>Normal vaginal delivery</source>
            <translation>Accouchement par voie basse</translation>
        </message>
        <message>
            <source>Caesarean section</source>
            <translation>Césarienne</translation>
        </message>
        <message>
            <source>Obstetrics, other</source>
            <translation>Obstétrique, autre</translation>
        </message>
        <message>
            <source>Other procedure</source>
            <translation>Autre acte</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <source>Mask sewing and distribution</source>
            <translation>Confection et distribution de masques</translation>
        </message>
        <message>
            <source>Agricultural instruction</source>
            <translation>Formation agricole</translation>
        </message>
        <message>
            <source>Teaching and education</source>
            <translation>Enseignement et éducation</translation>
        </message>
        <message>
            <source>Health education</source>
            <translation>Éducation sanitaire</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Don</translation>
        </message>
        <message>
            <source>Engineering and infrastructure</source>
            <translation>Génie et infrastructures</translation>
        </message>
        <message>
            <source>Military contingent</source>
            <translation>Contingent militaire</translation>
        </message>
        <message>
            <source>Staff officers and military observers</source>
            <translation>Officiers d'état-major et observateurs militaires</translation>
        </message>
        <message>
            <source>Formed police unit</source>
            <translation>Unité de police constituée</translation>
        </message>
        <message>
            <source>Individual police officers</source>
            <translation>Policiers hors unités constituées</translation>
        </message>
        <message>
            <source>Medic</source>
            <translation>Soignant</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Commandant</translation>
        </message>
        <message>
            <source>HQ analyst</source>
            <translation>Analyste du QG</translation>
        </message>
        <message>
            <source>HQ administrator</source>
            <translation>Administrateur du QG</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
    </context>
</TS>