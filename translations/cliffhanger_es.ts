<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AddShowController</name>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="29"/>
        <source>Search results and show data from TVmaze.com (CC BY-SA 4.0)</source>
        <translation>Resultados de búsqueda y datos de series de TVmaze.com (CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="54"/>
        <source>TVmaze asked us to wait; search again after %1.</source>
        <translation>TVmaze pide esperar; vuelve a buscar después de las %1.</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="75"/>
        <source>Nothing found on TVmaze for “%1”.</source>
        <translation>TVmaze no encontró nada para «%1».</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="83"/>
        <source>Adding the show and fetching its episodes…</source>
        <translation>Añadiendo la serie y descargando sus episodios…</translation>
    </message>
</context>
<context>
    <name>AddShowDialog</name>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="15"/>
        <source>Add a show</source>
        <translation>Añadir una serie</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="42"/>
        <source>Show title, e.g. All of Us Are Dead</source>
        <translation>Título de la serie, p. ej. Estamos muertos</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="54"/>
        <source>Search TVmaze for a show</source>
        <translation>Buscar una serie en TVmaze</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="60"/>
        <source>Searching TVmaze…</source>
        <translation>Buscando en TVmaze…</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="77"/>
        <source>Matches on TVmaze</source>
        <translation>Coincidencias en TVmaze</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="87"/>
        <source>Add %1 (%2)</source>
        <translation>Añadir %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="117"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="120"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AppComposition</name>
    <message>
        <location filename="../app/shell/appcomposition.cpp" line="203"/>
        <source>The old file was moved to %1, as it was; Cliffhanger started with fresh data.</source>
        <translation>El archivo anterior se movió, tal como estaba, a %1; Cliffhanger empezó con datos nuevos.</translation>
    </message>
</context>
<context>
    <name>AppWriter</name>
    <message>
        <location filename="../app/pipeline/appwriter.cpp" line="102"/>
        <location filename="../app/pipeline/appwriter.cpp" line="206"/>
        <location filename="../app/pipeline/appwriter.cpp" line="227"/>
        <location filename="../app/pipeline/appwriter.cpp" line="239"/>
        <location filename="../app/pipeline/appwriter.cpp" line="247"/>
        <location filename="../app/pipeline/appwriter.cpp" line="275"/>
        <source>The database is not open, so nothing can be changed.</source>
        <translation>La base de datos no está abierta, así que no se puede cambiar nada.</translation>
    </message>
</context>
<context>
    <name>ArticleClaims</name>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="177"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="188"/>
        <source>Could not link an article to its show.</source>
        <translation>No se pudo vincular un artículo con su serie.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="262"/>
        <source>Could not retract a claim the article no longer makes.</source>
        <translation>No se pudo retirar una afirmación que el artículo ya no hace.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="277"/>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="312"/>
        <source>Could not store the extracted claims.</source>
        <translation>No se pudieron guardar las afirmaciones extraídas.</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="268"/>
        <source>The database connection has no SQLite handle.</source>
        <translation>La conexión a la base de datos no tiene un identificador de SQLite.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../app/pipeline/calendarexport.cpp" line="89"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/pipeline/calendarexport.cpp" line="108"/>
        <source>The calendar file was not updated: %1</source>
        <translation>No se actualizó el archivo de calendario: %1</translation>
    </message>
</context>
<context>
    <name>CastBoard</name>
    <message>
        <location filename="../qml/CastBoard.qml" line="22"/>
        <source>Cast for season %1</source>
        <translation>Reparto de la temporada %1</translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="45"/>
        <source>%1 as %2: %3</source>
        <translation>%1 como %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="78"/>
        <source>as %1</source>
        <translation>como %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CastBoard.qml" line="85"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="100"/>
        <source>No cast known for this season yet.</source>
        <translation>Todavía no se conoce el reparto de esta temporada.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="195"/>
        <source>The database connection has no SQLite handle.</source>
        <translation>La conexión a la base de datos no tiene un identificador de SQLite.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="419"/>
        <source>The seasons are for a show that is not in the database yet (%1); add the show&apos;s own feed first.</source>
        <translation>Las temporadas son de una serie que aún no está en la base de datos (%1); añade primero el canal de la serie.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="531"/>
        <source>Season %1 was not stored.</source>
        <translation>No se guardó la temporada %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="666"/>
        <source>Source %1 was not stored.</source>
        <translation>No se guardó la fuente %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="834"/>
        <source>Could not store the feed; nothing was changed: %1</source>
        <translation>No se pudo guardar el canal; no se cambió nada: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="848"/>
        <source>Cannot start a transaction: the database may be busy.</source>
        <translation>No se puede iniciar una transacción: puede que la base de datos esté ocupada.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="854"/>
        <source>Could not commit the feed; nothing was changed.</source>
        <translation>No se pudo confirmar el canal; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ClaimListFilter</name>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="100"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="105"/>
        <source>Every tier</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="111"/>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
</context>
<context>
    <name>ClaimReviews</name>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="18"/>
        <source>&apos;%1&apos; is not a verdict: use confirm, dismiss or wrong.</source>
        <translation>&apos;%1&apos; no es un veredicto: usa confirm, dismiss o wrong.</translation>
    </message>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="32"/>
        <source>There is no claim #%1.</source>
        <translation>No existe la afirmación n.º %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="40"/>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="22"/>
        <source>%1 episodes</source>
        <translation>%1 episodios</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="25"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="42"/>
        <source>%1 (feed removed)</source>
        <translation>%1 (canal eliminado)</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="44"/>
        <source>%1 (no longer in the article)</source>
        <translation>%1 (ya no está en el artículo)</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="29"/>
        <source>Claims about season %1</source>
        <translation>Afirmaciones sobre la temporada %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="38"/>
        <source>Each claim keeps the source it came from. Your verdict is kept even when the source is read again.</source>
        <translation>Cada afirmación conserva la fuente de la que procede. Tu veredicto se mantiene aunque la fuente se vuelva a leer.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="58"/>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="69"/>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="80"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ClaimsPage.qml" line="87"/>
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 de %n afirmación</numerusform>
            <numerusform>%1 de %n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="104"/>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="127"/>
        <source>%1: %2 from %3</source>
        <translation>%1: %2, de %3</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="164"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="186"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="189"/>
        <source>Confirm claim: %1 from %2</source>
        <translation>Confirmar afirmación: %1, de %2</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="192"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="195"/>
        <source>Dismiss claim: %1 from %2</source>
        <translation>Descartar afirmación: %1, de %2</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="198"/>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="201"/>
        <source>Mark claim wrong: %1 from %2</source>
        <translation>Marcar afirmación como incorrecta: %1, de %2</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="220"/>
        <source>Dismiss this claim?</source>
        <translation>¿Descartar esta afirmación?</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="226"/>
        <source>“%1” from %2 will no longer shape the outlook. You can confirm it again later.</source>
        <translation>«%1», de %2, dejará de influir en la previsión. Puedes volver a confirmarla más adelante.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="69"/>
        <location filename="../app/cli/watchcommands.cpp" line="39"/>
        <source>%1 has no season %2.</source>
        <translation>%1 no tiene temporada %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="104"/>
        <source>%1, season %2</source>
        <translation>%1, temporada %2</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="106"/>
        <source>Best window: %1</source>
        <translation>Periodo más probable: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="108"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="112"/>
        <source>Independent sources agreeing: %1</source>
        <translation>Fuentes independientes que coinciden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="114"/>
        <source>No release window known.</source>
        <translation>No se conoce ningún periodo de estreno.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="117"/>
        <source>Spread of the open predictions: %1 to %2 (%3 days, %4 claims)</source>
        <translation>Dispersión de las predicciones abiertas: de %1 a %2 (%3 días, %4 afirmaciones)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="125"/>
        <source>Missed predictions (no longer counted): %1</source>
        <translation>Predicciones fallidas (ya no cuentan): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="127"/>
        <source>Expected episodes: %1</source>
        <translation>Episodios previstos: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="128"/>
        <source>How it changed:</source>
        <translation>Cómo ha cambiado:</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="130"/>
        <location filename="../app/cli/analysiscommands.cpp" line="131"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="133"/>
        <source>  %1  %2 was missed (%3): %4 -&gt; %5</source>
        <translation>  %1  %2 falló (%3): %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="136"/>
        <source>  %1  %2 says %3: %4 -&gt; %5 (%6)</source>
        <translation>  %1  %2 dice %3: %4 -&gt; %5 (%6)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="156"/>
        <source>No release-window predictions in the ledger yet.</source>
        <translation>Aún no hay predicciones de estreno en el registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>publisher</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>predictions</source>
        <translation>predicciones</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>hit</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="160"/>
        <source>missed</source>
        <translation>fallos</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="160"/>
        <source>pending</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="175"/>
        <source>As of %1. Hit: the season came out inside the window; missed: it did not, or the window&apos;s last day passed first.</source>
        <translation>A fecha de %1. Acierto: la temporada se estrenó dentro del periodo; fallo: no se estrenó, o el último día del periodo pasó antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="188"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="232"/>
        <source>--explain needs the article FILE: extract --explain FILE</source>
        <translation>--explain necesita el archivo del artículo: extract --explain FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="236"/>
        <source>&apos;extract&apos; takes a FILE only with --explain.</source>
        <translation>&apos;extract&apos; solo acepta un archivo con --explain.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="238"/>
        <source>--published applies to extract --explain only.</source>
        <translation>--published solo se aplica a extract --explain.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="249"/>
        <source>Read %1 articles; %2 name a known show; %3 new claims.</source>
        <translation>Se leyeron %1 artículos; %2 nombran una serie conocida; %3 afirmaciones nuevas.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="264"/>
        <source>The derived outlook of a season: best window, agreeing sources, spread, history and changes; windows missed by today no longer count.</source>
        <translation>La previsión de una temporada: periodo más probable, fuentes que coinciden, dispersión, historial y cambios; los periodos que ya han fallado no cuentan.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="274"/>
        <source>Each publisher&apos;s record of release-window predictions: made, hit, missed, pending.</source>
        <translation>El historial de predicciones de estreno de cada medio: hechas, acertadas, fallidas, pendientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="284"/>
        <source>Extract claims again from every stored article (idempotent; reviewed claims keep their verdict); with --explain, say per sentence of an article file which rule fired or why none did.</source>
        <translation>Extrae de nuevo las afirmaciones de todos los artículos guardados (idempotente; las afirmaciones revisadas conservan su veredicto); con --explain, indica para cada frase de un archivo de artículo qué regla se aplicó o por qué ninguna.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="44"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Without a command, Cliffhanger opens its window. Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>Sin una orden, Cliffhanger abre su ventana. Código de salida: 0 éxito, 1 fallo, 2 error de uso.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="62"/>
        <location filename="../app/cli/cli.cpp" line="76"/>
        <location filename="../app/cli/cli.cpp" line="252"/>
        <location filename="../app/cli/cli.cpp" line="256"/>
        <location filename="../app/cli/cli.cpp" line="267"/>
        <source>cliffhanger: %1</source>
        <translation>cliffhanger: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="63"/>
        <source>Try &apos;cliffhanger --help&apos; for more information.</source>
        <translation>Prueba &apos;cliffhanger --help&apos; para más información.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>no show called &apos;%1&apos;. &apos;cliffhanger shows&apos; lists the known shows.</source>
        <translation>no hay ninguna serie llamada &apos;%1&apos;. &apos;cliffhanger shows&apos; muestra las series conocidas.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="124"/>
        <source>--season needs a season number (1 or more), not &apos;%1&apos;.</source>
        <translation>--season necesita un número de temporada (1 o más), no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="129"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 necesita una fecha AAAA-MM-DD, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="134"/>
        <source>--kind must be one of %1, not &apos;%2&apos;.</source>
        <translation>--kind debe ser uno de %1, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="185"/>
        <source>Cliffhanger: what is actually known about the next season of your shows.</source>
        <translation>Cliffhanger: lo que de verdad se sabe de la próxima temporada de tus series.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>The command to run (see below).</source>
        <translation>La orden que se ejecuta (ver abajo).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="209"/>
        <source>no command given.</source>
        <translation>no se ha indicado ninguna orden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>the option --%1 needs a command.</source>
        <translation>la opción --%1 necesita una orden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="217"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>orden desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="224"/>
        <source>the option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>la opción --%1 no se aplica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>&apos;%1&apos; needs more arguments: %2</source>
        <translation>&apos;%1&apos; necesita más argumentos: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>too many arguments for &apos;%1&apos;: %2</source>
        <translation>demasiados argumentos para &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="235"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="253"/>
        <source>cliffhanger: --reset-db: %1</source>
        <translation>cliffhanger: --reset-db: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="257"/>
        <source>cliffhanger: --reset-db: the old file was moved to %1 (kept as it was); starting a fresh database at %2.</source>
        <translation>cliffhanger: --reset-db: el archivo anterior se movió a %1 (se conserva tal cual); se empieza una base de datos nueva en %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="263"/>
        <source>cliffhanger: --reset-db: %1 opens as it is; it was not reset.</source>
        <translation>cliffhanger: --reset-db: %1 se abre sin problemas; no se ha restablecido.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="269"/>
        <source>cliffhanger: to keep this file as a backup and start a fresh database: cliffhanger --db %1 --reset-db</source>
        <translation>cliffhanger: para guardar este archivo como copia de seguridad y empezar una base de datos nueva: cliffhanger --db %1 --reset-db</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="281"/>
        <source>cliffhanger: the database is busy (Cliffhanger&apos;s window is writing to it); waiting...</source>
        <translation>cliffhanger: la base de datos está ocupada (la ventana de Cliffhanger está escribiendo en ella); esperando...</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="288"/>
        <source>cliffhanger: cannot import the default data: %1</source>
        <translation>cliffhanger: no se pueden importar los datos predeterminados: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="35"/>
        <source>no feed &apos;%1&apos;. &apos;cliffhanger feeds list&apos; shows the feeds.</source>
        <translation>no existe el canal &apos;%1&apos;. &apos;cliffhanger feeds list&apos; muestra los canales.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="53"/>
        <source>No feeds. Add one with &apos;cliffhanger feeds add URL&apos;.</source>
        <translation>No hay canales. Añade uno con &apos;cliffhanger feeds add URL&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="56"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="59"/>
        <source>deferred until %1</source>
        <translation>aplazado hasta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="66"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="67"/>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="80"/>
        <source>&apos;feeds add&apos; needs exactly one URL.</source>
        <translation>&apos;feeds add&apos; necesita exactamente una URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="91"/>
        <source>--interval needs minutes between 5 and 43200, not &apos;%1&apos;.</source>
        <translation>--interval necesita minutos entre 5 y 43200, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="97"/>
        <source>--tier must be one of %1, not &apos;%2&apos;.</source>
        <translation>--tier debe ser uno de %1, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="106"/>
        <source>Added feed %1: %2. &apos;cliffhanger sync --feed %1&apos; fetches it now.</source>
        <translation>Canal %1 añadido: %2. &apos;cliffhanger sync --feed %1&apos; lo descarga ahora.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="116"/>
        <source>&apos;feeds remove&apos; needs exactly one URL or id.</source>
        <translation>&apos;feeds remove&apos; necesita exactamente una URL o un id.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="126"/>
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>%n artículo guardado</numerusform>
            <numerusform>%n artículos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="127"/>
        <location filename="../app/cli/ledgercommands.cpp" line="60"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="130"/>
        <source>Removing %1 deletes its %2. The %3 they gave stay in the ledger, marked as from a removed feed. Run again with --yes to remove it.</source>
        <translation>Eliminar %1 borra sus %2. Las %3 que aportaron se quedan en el registro, marcadas como de un canal eliminado. Vuelve a ejecutarlo con --yes para eliminarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="139"/>
        <source>Removed feed %1 and its %2; the %3 they gave stay in the ledger.</source>
        <translation>Se eliminó el canal %1 y sus %2; las %3 que aportaron se quedan en el registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="156"/>
        <source>&apos;feeds list&apos; takes no arguments.</source>
        <translation>&apos;feeds list&apos; no acepta argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="163"/>
        <source>unknown feeds command &apos;%1&apos;: use list, add or remove.</source>
        <translation>orden de feeds desconocida &apos;%1&apos;: usa list, add o remove.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="178"/>
        <source>--all and --feed cannot be used together.</source>
        <translation>--all y --feed no se pueden usar juntos.</translation>
    </message>
    <message>
        <location filename="../app/cli/syncreportline.cpp" line="23"/>
        <source>%1  %2  the host asked us to wait; deferred until %3 (%4)</source>
        <translation>%1  %2  el servidor pidió esperar; aplazado hasta %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/syncreportline.cpp" line="31"/>
        <source>%1: %2</source>
        <comment>error kind: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/syncreportline.cpp" line="33"/>
        <source>%1  %2  %3, %4</source>
        <comment>status, URL, new items, updated items</comment>
        <translation>%1  %2  %3, %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/syncreportline.cpp" line="34"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/syncreportline.cpp" line="35"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="210"/>
        <source>    warning: %1</source>
        <translation>    aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="215"/>
        <source>No feed is due; &apos;cliffhanger sync --feed URL&apos; syncs one now.</source>
        <translation>Ningún canal toca ahora; &apos;cliffhanger sync --feed URL&apos; sincroniza uno ya.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="224"/>
        <location filename="../app/cli/watchcommands.cpp" line="477"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="226"/>
        <source>Calendar file %1 updated (%n event(s)).</source>
        <translation>
            <numerusform>Archivo de calendario %1 actualizado (%n evento).</numerusform>
            <numerusform>Archivo de calendario %1 actualizado (%n eventos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="263"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="278"/>
        <source>List, add or remove the feeds Cliffhanger keeps in sync.</source>
        <translation>Lista, añade o elimina los canales que Cliffhanger mantiene sincronizados.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="287"/>
        <source>Fetch every due feed, the named one, or with --all every feed now, and store what changed. Exit 1 if any feed failed (a feed deferred by its host is no failure).</source>
        <translation>Descarga ahora los canales pendientes, el indicado o, con --all, todos, y guarda lo que cambió. Sale con 1 si falló algún canal (uno aplazado por su servidor no es un fallo).</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="296"/>
        <source>The stored news articles, newest first.</source>
        <translation>Los artículos de noticias guardados, los más recientes primero.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="52"/>
        <source>No shows yet. Add a feed, or start without --no-default-data.</source>
        <translation>Aún no hay series. Añade un canal o arranca sin --no-default-data.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="58"/>
        <source>unknown network</source>
        <translation>cadena desconocida</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="69"/>
        <source>  Release: %1</source>
        <translation>  Estreno: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="57"/>
        <source>%1 (%2): %3, %4</source>
        <translation>%1 (%2): %3, %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ledgercommands.cpp" line="59"/>
        <source>%n season(s)</source>
        <translation>
            <numerusform>%n temporada</numerusform>
            <numerusform>%n temporadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ledgercommands.cpp" line="72"/>
        <source> (%1, from %2; %n other source(s) agree)</source>
        <translation>
            <numerusform> (%1, de %2; coincide %n fuente más)</numerusform>
            <numerusform> (%1, de %2; coinciden %n fuentes más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="78"/>
        <source>  Release: no date known</source>
        <translation>  Estreno: fecha desconocida</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="81"/>
        <source>  Episodes expected: %1</source>
        <translation>  Episodios previstos: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="83"/>
        <source>    %1  %2  (%3, %4, missed)</source>
        <translation>    %1  %2  (%3, %4, fallida)</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="84"/>
        <source>    %1  %2  (%3, %4)</source>
        <translation>    %1  %2  (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="119"/>
        <source>Season %1: %2</source>
        <translation>Temporada %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="123"/>
        <source>  %1. %2  %3</source>
        <translation>  %1. %2  %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="126"/>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="131"/>
        <source>Cast (status for season %1):</source>
        <translation>Reparto (estado en la temporada %1):</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="133"/>
        <source>  %1 as %2: %3</source>
        <translation>  %1 como %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="143"/>
        <source>&apos;claims review&apos; needs a claim id and a verdict: claims review ID confirm|dismiss|wrong.</source>
        <translation>&apos;claims review&apos; necesita un id de afirmación y un veredicto: claims review ID confirm|dismiss|wrong.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="148"/>
        <source>&apos;%1&apos; is not a claim id.</source>
        <translation>&apos;%1&apos; no es un id de afirmación.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="161"/>
        <source>Claim #%1 is now %2.</source>
        <translation>La afirmación n.º %1 ahora es: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="176"/>
        <source>unknown claims command &apos;%1&apos;: use &apos;claims&apos; or &apos;claims review ID VERDICT&apos;.</source>
        <translation>orden de claims desconocida &apos;%1&apos;: usa &apos;claims&apos; o &apos;claims review ID VERDICT&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="209"/>
        <source>S%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="229"/>
        <source>List the known shows.</source>
        <translation>Lista las series conocidas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="237"/>
        <source>A show with its seasons, episodes, cast and each season&apos;s outlook.</source>
        <translation>Una serie con sus temporadas, episodios, reparto y la previsión de cada temporada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="247"/>
        <source>The claims in the ledger, with their sources; or a reader&apos;s verdict on one claim.</source>
        <translation>Las afirmaciones del registro, con sus fuentes; o el veredicto de un lector sobre una afirmación.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="31"/>
        <source>Show data from TVmaze (https://www.tvmaze.com), licensed CC BY-SA 4.0.</source>
        <translation>Datos de series de TVmaze (https://www.tvmaze.com), con licencia CC BY-SA 4.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="65"/>
        <source>&apos;search&apos; needs a show&apos;s name.</source>
        <translation>&apos;search&apos; necesita el nombre de una serie.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="88"/>
        <source>nothing found on TVmaze for &apos;%1&apos;.</source>
        <translation>TVmaze no encontró nada para &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="102"/>
        <source>&apos;cliffhanger add-show ID&apos; adds one.</source>
        <translation>&apos;cliffhanger add-show ID&apos; añade una.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="119"/>
        <source>&apos;add-show&apos; needs a TVmaze id (1 or more) or a show&apos;s name.</source>
        <translation>&apos;add-show&apos; necesita un id de TVmaze (1 o más) o el nombre de una serie.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="182"/>
        <source>Search TVmaze for shows by name: id, title, year, network and country. Exit 1 when nothing is found or TVmaze cannot answer.</source>
        <translation>Busca series por nombre en TVmaze: id, título, año, cadena y país. Sale con 1 si no encuentra nada o TVmaze no responde.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="191"/>
        <source>Add a show from TVmaze (by id, or the best match for a name) with its TVmaze feeds, and sync them. A show already in the library is not added again.</source>
        <translation>Añade una serie de TVmaze (por id, o la que mejor coincida con un nombre) con sus canales de TVmaze, y los sincroniza. Una serie que ya está en la biblioteca no se vuelve a añadir.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="139"/>
        <location filename="../app/cli/watchcommands.cpp" line="187"/>
        <source>%1 season %2</source>
        <translation>%1, temporada %2</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="146"/>
        <source>; season %1 %2, release %3</source>
        <translation>; temporada %1 %2, estreno %3</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="149"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="155"/>
        <source>Nothing followed. Follow a show with &apos;cliffhanger watch add TITLE&apos;.</source>
        <translation>No sigues nada. Sigue una serie con &apos;cliffhanger watch add TITLE&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="165"/>
        <source>&apos;watch list&apos; takes no title or --season.</source>
        <translation>&apos;watch list&apos; no acepta título ni --season.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="170"/>
        <source>unknown watch command &apos;%1&apos;: use watch add|remove TITLE [--season N] or watch list.</source>
        <translation>orden de watch desconocida &apos;%1&apos;: usa watch add|remove TITLE [--season N] o watch list.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="174"/>
        <source>&apos;watch %1&apos; needs a show title.</source>
        <translation>&apos;watch %1&apos; necesita el título de una serie.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="194"/>
        <source>Following %1.</source>
        <translation>Siguiendo %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="195"/>
        <source>Already following %1.</source>
        <translation>Ya sigues %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="203"/>
        <source>%1 is not followed.</source>
        <translation>No sigues %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="204"/>
        <source>No longer following %1.</source>
        <translation>Has dejado de seguir %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="217"/>
        <source>--%1 needs an episode number (1 or more), not &apos;%2&apos;.</source>
        <translation>--%1 necesita un número de episodio (1 o más), no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="234"/>
        <source>&apos;watched&apos; needs --season N.</source>
        <translation>&apos;watched&apos; necesita --season N.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="236"/>
        <source>use --episode or --up-to, not both.</source>
        <translation>usa --episode o --up-to, no ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="247"/>
        <source>%1 season %2 has no episodes listed yet.</source>
        <translation>%1, temporada %2, aún no tiene episodios en la lista.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="251"/>
        <source>%1 season %2 has no episode %3.</source>
        <translation>%1, temporada %2, no tiene episodio %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="379"/>
        <source>calendar-file   %1</source>
        <translation>calendar-file   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="391"/>
        <source>calendar-file needs a file path, or off.</source>
        <translation>calendar-file necesita la ruta de un archivo, u off.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="466"/>
        <source>&apos;%1 %2&apos; is not a rule: use days-before N,N|none, hour 0-23, digest-day 1-7 (1 Monday), quiet-hours H-H|off, or release-day, window-changes, confirmations, renewals, digest with on|off, or calendar-file PATH|off.</source>
        <translation>&apos;%1 %2&apos; no es una regla: usa days-before N,N|none, hour 0-23, digest-day 1-7 (1 es lunes), quiet-hours H-H|off, release-day, window-changes, confirmations, renewals o digest con on|off, o calendar-file RUTA|off.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="569"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n evento en %1.</numerusform>
            <numerusform>Se escribieron %n eventos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="573"/>
        <source>%n followed season(s) have no date a calendar can hold yet.</source>
        <translation>
            <numerusform>%n temporada seguida aún no tiene una fecha que un calendario pueda guardar.</numerusform>
            <numerusform>%n temporadas seguidas aún no tienen una fecha que un calendario pueda guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="277"/>
        <source>Next: episode %1, %2.</source>
        <translation>Siguiente: episodio %1, %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="304"/>
        <source>No reminders due.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="322"/>
        <source>--at needs a date and time such as 2026-10-16T09:00 or 2026-10-16T07:00:00Z, not &apos;%1&apos;.</source>
        <translation>--at necesita una fecha y hora como 2026-10-16T09:00 o 2026-10-16T07:00:00Z, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="343"/>
        <source>release-day     %1
days-before     %2
window-changes  %3
confirmations   %4
renewals        %5
hour            %6
digest          %7
digest-day      %8
quiet-hours     %9</source>
        <translation>release-day     %1
days-before     %2
window-changes  %3
confirmations   %4
renewals        %5
hour            %6
digest          %7
digest-day      %8
quiet-hours     %9</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="418"/>
        <source>use &apos;reminders rules&apos; or &apos;reminders rules set KEY VALUE&apos;.</source>
        <translation>usa &apos;reminders rules&apos; o &apos;reminders rules set KEY VALUE&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="142"/>
        <source>%1: %2 of %n episode(s) watched</source>
        <translation>
            <numerusform>%1: %2 de %n episodio visto</numerusform>
            <numerusform>%1: %2 de %n episodios vistos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="271"/>
        <source>%1 season %2: %3 of %n episode(s) watched.</source>
        <translation>
            <numerusform>%1, temporada %2: %3 de %n episodio visto.</numerusform>
            <numerusform>%1, temporada %2: %3 de %n episodios vistos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="490"/>
        <source>--season needs --show TITLE.</source>
        <translation>--season necesita --show TITLE.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="511"/>
        <source>%1 season %2 is not followed: &apos;cliffhanger watch add&apos; follows it.</source>
        <translation>No sigues %1, temporada %2: &apos;cliffhanger watch add&apos; la sigue.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="515"/>
        <source>%1 is not followed: &apos;cliffhanger watch add&apos; follows it.</source>
        <translation>No sigues %1: &apos;cliffhanger watch add&apos; la sigue.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="530"/>
        <source>unknown reminders command &apos;%1&apos;: use reminders [deliver|rules].</source>
        <translation>orden de reminders desconocida &apos;%1&apos;: usa reminders [deliver|rules].</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="532"/>
        <source>too many arguments for &apos;reminders %1&apos;.</source>
        <translation>demasiados argumentos para &apos;reminders %1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="541"/>
        <source>&apos;reminders deliver&apos; delivers for every followed season.</source>
        <translation>&apos;reminders deliver&apos; entrega los de todas las temporadas que sigues.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="586"/>
        <source>Follow a show or one season (reminders, calendar), stop following it, or list what you follow with your progress.</source>
        <translation>Sigue una serie o una temporada (recordatorios, calendario), deja de seguirla o lista lo que sigues con tu progreso.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="595"/>
        <source>Mark a season&apos;s episodes watched (all, one, or up to one); --unset unmarks.</source>
        <translation>Marca como vistos los episodios de una temporada (todos, uno o hasta uno); --unset los desmarca.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="606"/>
        <source>What the followed seasons&apos; reminders say now (or at --at), without marking them; deliver prints and marks them; rules shows or sets the defaults.</source>
        <translation>Lo que dicen ahora (o en --at) los recordatorios de las temporadas seguidas, sin marcarlos; deliver los muestra y los marca; rules muestra o cambia los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="616"/>
        <source>Write the followed seasons&apos; release dates as an iCalendar file (exact days and month markers only).</source>
        <translation>Escribe las fechas de estreno de las temporadas seguidas en un archivo iCalendar (solo días exactos y marcas de mes).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="38"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="43"/>
        <source>%1 is not a Cliffhanger database (not an SQLite file). It was left as it was; choose another file with --db.</source>
        <translation>%1 no es una base de datos de Cliffhanger (no es un archivo SQLite). Se dejó tal cual; elige otro archivo con --db.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="67"/>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 no se puede leer como base de datos: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="70"/>
        <location filename="../app/storage/database.cpp" line="225"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="130"/>
        <source>%1 does not exist: there is nothing to move aside.</source>
        <translation>%1 no existe: no hay nada que apartar.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="152"/>
        <source>Cannot move %1 aside to %2: %3</source>
        <translation>No se puede apartar %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="162"/>
        <source>Cannot move %1 aside to %2; %3 was left as it was.</source>
        <translation>No se puede apartar %1 a %2; %3 se dejó tal cual.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="183"/>
        <source>%1 was written by a newer Cliffhanger (schema version %2; this version understands up to %3). It was left untouched: update Cliffhanger or choose another file with --db.</source>
        <translation>%1 lo escribió un Cliffhanger más reciente (versión de esquema %2; esta versión entiende hasta la %3). No se ha tocado: actualiza Cliffhanger o elige otro archivo con --db.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="194"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="204"/>
        <source>%1 is damaged or unreadable (%2). It was left as it was; restore a backup or choose another file with --db.</source>
        <translation>%1 está dañado o no se puede leer (%2). Se dejó tal cual; restaura una copia de seguridad o elige otro archivo con --db.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="239"/>
        <source>%1 cannot be read as a database.</source>
        <translation>%1 no se puede leer como base de datos.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="252"/>
        <source>%1 has schema version %2, not %3; it must be opened for writing first.</source>
        <translation>%1 tiene la versión de esquema %2, no la %3; primero hay que abrirlo para escritura.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="269"/>
        <source>%1 is damaged or unreadable (%2).</source>
        <translation>%1 está dañado o no se puede leer (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="291"/>
        <source>The disk holding %1 is full. Nothing of this change was stored and the data from before is kept; free some space and try again.</source>
        <translation>El disco de %1 está lleno. No se guardó nada de este cambio y se conservan los datos anteriores; libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="295"/>
        <source>Writing to %1 failed (is the disk full or failing?). Nothing of this change was stored and the data from before is kept.</source>
        <translation>Falló la escritura en %1 (¿el disco está lleno o falla?). No se guardó nada de este cambio y se conservan los datos anteriores.</translation>
    </message>
</context>
<context>
    <name>DefaultFeed</name>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="22"/>
        <source>The embedded default data is missing from this build.</source>
        <translation>A esta compilación le faltan los datos predeterminados integrados.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="30"/>
        <source>Built-in: All of Us Are Dead</source>
        <translation>Integrado: Estamos muertos</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="38"/>
        <source>Cannot register the built-in feed.</source>
        <translation>No se puede registrar el canal integrado.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/shell/desktopnotifier.cpp" line="36"/>
        <source>no session bus</source>
        <translation>no hay bus de sesión</translation>
    </message>
    <message>
        <location filename="../app/shell/desktopnotifier.cpp" line="42"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/desktopnotifier.cpp" line="70"/>
        <source>This week: %n reminder(s)</source>
        <translation>
            <numerusform>Esta semana: %n aviso</numerusform>
            <numerusform>Esta semana: %n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopPresence</name>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="101"/>
        <source>Cannot start at login: %1 cannot be written (%2).</source>
        <translation>No se puede iniciar al entrar en la sesión: no se puede escribir %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="104"/>
        <source>Still starting at login: %1 cannot be removed.</source>
        <translation>Sigue iniciándose al entrar en la sesión: no se puede borrar %1.</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="131"/>
        <source>Open Cliffhanger</source>
        <translation>Abrir Cliffhanger</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="132"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>DisplayLabels</name>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="21"/>
        <source>Announced</source>
        <translation>Anunciada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="23"/>
        <source>Renewed</source>
        <translation>Renovada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="25"/>
        <source>In production</source>
        <translation>En producción</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="27"/>
        <source>Filming</source>
        <translation>En rodaje</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="29"/>
        <source>In post-production</source>
        <translation>En posproducción</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="31"/>
        <source>Released</source>
        <translation>Estrenada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="33"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="42"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="44"/>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="46"/>
        <source>Rumoured</source>
        <translation>Rumor</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="50"/>
        <source>Not reported</source>
        <translation>Sin noticias</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="57"/>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="59"/>
        <source>reported</source>
        <translation>prensa</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="61"/>
        <source>rumour</source>
        <translation>rumor</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="63"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="72"/>
        <source>Release</source>
        <translation>Estreno</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="74"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="76"/>
        <source>Cast</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="78"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="80"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="82"/>
        <source>Plot</source>
        <translation>Trama</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="91"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="93"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="95"/>
        <source>contradicted</source>
        <translation>contradicha</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="97"/>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="99"/>
        <source>dismissed</source>
        <translation>descartada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="108"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="110"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="113"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="115"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="117"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="127"/>
        <source>cannot reach the site</source>
        <translation>no se puede acceder al sitio</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="129"/>
        <source>the site answered an error</source>
        <translation>el sitio respondió con un error</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="131"/>
        <source>not a feed Cliffhanger can read</source>
        <translation>no es un canal que Cliffhanger pueda leer</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="133"/>
        <source>could not save</source>
        <translation>no se pudo guardar</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="140"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="155"/>
        <source>season feed</source>
        <translation>canal de temporada</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="157"/>
        <source>TVmaze show</source>
        <translation>serie de TVmaze</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="159"/>
        <source>TVmaze seasons</source>
        <translation>temporadas de TVmaze</translation>
    </message>
</context>
<context>
    <name>DriftChart</name>
    <message numerus="yes">
        <location filename="../qml/DriftChart.qml" line="22"/>
        <source>Drift chart of %n prediction(s)</source>
        <translation>
            <numerusform>Gráfico de la deriva de %n predicción</numerusform>
            <numerusform>Gráfico de la deriva de %n predicciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="114"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="141"/>
        <source>%1, said %2 by %3: missed</source>
        <translation>%1, dicho el %2 por %3: fallida</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="142"/>
        <source>%1, said %2 by %3</source>
        <translation>%1, dicho el %2 por %3</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="154"/>
        <source>Missed: </source>
        <translation>Fallida: </translation>
    </message>
</context>
<context>
    <name>EpisodesTab</name>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="26"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="54"/>
        <source>Season watched</source>
        <translation>Temporada vista</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="55"/>
        <source>Mark season %1 watched</source>
        <translation>Marcar la temporada %1 como vista</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="61"/>
        <source>Unwatch season</source>
        <translation>Desmarcar temporada</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="62"/>
        <source>Mark season %1 not watched</source>
        <translation>Marcar la temporada %1 como no vista</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="69"/>
        <source>Episode %1: %2, %3</source>
        <translation>Episodio %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="82"/>
        <source>Watched episode %1</source>
        <translation>Episodio %1 visto</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="87"/>
        <source>SP</source>
        <translation>ESP</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="93"/>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="106"/>
        <source>Up to here</source>
        <translation>Hasta aquí</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="107"/>
        <source>Mark episodes 1 to %1 watched</source>
        <translation>Marcar los episodios 1 a %1 como vistos</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="113"/>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="123"/>
        <source>No episodes are known yet.</source>
        <translation>Aún no se conoce ningún episodio.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="146"/>
        <source>Invalid feed address: %1</source>
        <translation>Dirección de canal no válida: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="148"/>
        <source>Unsupported address scheme &quot;%1&quot;: feeds are https, http, file or qrc addresses.</source>
        <translation>Esquema de dirección no compatible &quot;%1&quot;: los canales son direcciones https, http, file o qrc.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="175"/>
        <source>The fetch was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="181"/>
        <source>Not requested: %1 asked to wait until %2.</source>
        <translation>No se pidió: %1 pidió esperar hasta %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="265"/>
        <source>The server sent the feed in an unsupported encoding (Content-Encoding: %1).</source>
        <translation>El servidor envió el canal con una codificación no compatible (Content-Encoding: %1).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="419"/>
        <source>%1; not asking this host again before %2.</source>
        <translation>%1; no se volverá a preguntar a este servidor antes de %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="434"/>
        <source>%1 redirect without a Location.</source>
        <translation>Redirección %1 sin Location.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="448"/>
        <source>Redirect loop: %1 leads back to %2.</source>
        <translation>Bucle de redirecciones: %1 vuelve a %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="453"/>
        <source>Too many redirects (more than %1).</source>
        <translation>Demasiadas redirecciones (más de %1).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="104"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="105"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="129"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="130"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="136"/>
        <source>The response is larger than the %1 size limit.</source>
        <translation>La respuesta supera el límite de tamaño de %1.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="143"/>
        <source>The server sent compressed data that is corrupt or cut short.</source>
        <translation>El servidor envió datos comprimidos dañados o incompletos.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="149"/>
        <source>Timed out: %1 sent nothing for %2.</source>
        <translation>Tiempo agotado: %1 no envió nada durante %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="155"/>
        <source>Timed out: the download did not finish within %1.</source>
        <translation>Tiempo agotado: la descarga no terminó en %1.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="164"/>
        <source>Connection refused by %1.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="166"/>
        <source>Host %1 not found (DNS lookup failed).</source>
        <translation>No se encontró el servidor %1 (falló la consulta DNS).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="169"/>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="173"/>
        <source>Secure connection (TLS) to %1 failed: %2</source>
        <translation>Falló la conexión segura (TLS) con %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="179"/>
        <source>The network is not available: %1</source>
        <translation>La red no está disponible: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="186"/>
        <source>The proxy failed: %1</source>
        <translation>Falló el proxy: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="188"/>
        <source>Network error with %1: %2</source>
        <translation>Error de red con %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="50"/>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 no es un archivo de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="56"/>
        <source>Built-in resource %1 does not exist.</source>
        <translation>El recurso integrado %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="59"/>
        <source>File not found: %1</source>
        <translation>No se encontró el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="63"/>
        <source>%1 is a folder, not a feed file.</source>
        <translation>%1 es una carpeta, no un archivo de canal.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="70"/>
        <location filename="../app/feeds/http/localfetch.cpp" line="77"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="10"/>
        <source>The server redirected to an invalid address (%1).</source>
        <translation>El servidor redirigió a una dirección no válida (%1).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="16"/>
        <source>Refused a redirect to a non-web address (%1).</source>
        <translation>Se rechazó una redirección a una dirección que no es web (%1).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="21"/>
        <source>Refused a redirect from a secure https address to an insecure http one (%1).</source>
        <translation>Se rechazó una redirección de una dirección https segura a una http insegura (%1).</translation>
    </message>
</context>
<context>
    <name>FeedIngest</name>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="58"/>
        <source>Not a format Cliffhanger reads.</source>
        <translation>No es un formato que Cliffhanger lea.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="131"/>
        <source>The feed is empty.</source>
        <translation>El canal está vacío.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="132"/>
        <source>This is not a feed Cliffhanger can read (RSS, Atom, RDF, JSON Feed, season feed or TVmaze).</source>
        <translation>No es un canal que Cliffhanger pueda leer (RSS, Atom, RDF, JSON Feed, canal de temporadas o TVmaze).</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="156"/>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="195"/>
        <source>Could not store the feed: %1</source>
        <translation>No se pudo guardar el canal: %1</translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <location filename="../app/models/feedlistmodel.cpp" line="16"/>
        <source>Deferred until %1</source>
        <translation>Aplazado hasta %1</translation>
    </message>
    <message>
        <location filename="../app/models/feedlistmodel.cpp" line="57"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <location filename="../app/storage/feedstore.cpp" line="63"/>
        <source>The feed %1 is already in the list.</source>
        <translation>El canal %1 ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../app/storage/feedstore.cpp" line="108"/>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FeedUrl</name>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="16"/>
        <source>&apos;%1&apos; is not a valid feed address.</source>
        <translation>&apos;%1&apos; no es una dirección de canal válida.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="23"/>
        <source>&apos;%1&apos; uses the %2: scheme; feeds must use https, http, file or qrc.</source>
        <translation>&apos;%1&apos; usa el esquema %2:; los canales deben usar https, http, file o qrc.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="30"/>
        <source>&apos;%1&apos; has no host name.</source>
        <translation>&apos;%1&apos; no tiene nombre de servidor.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="34"/>
        <source>&apos;%1&apos; must be an absolute file path.</source>
        <translation>&apos;%1&apos; debe ser una ruta de archivo absoluta.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="66"/>
        <source>Its %n stored article(s) will be deleted.</source>
        <translation>
            <numerusform>Se borrará su %n artículo guardado.</numerusform>
            <numerusform>Se borrarán sus %n artículos guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="68"/>
        <source>%n claim(s) from them stay in the ledger, marked “feed removed”.</source>
        <translation>
            <numerusform>%n afirmación suya se queda en el registro, marcada como «canal eliminado».</numerusform>
            <numerusform>%n afirmaciones suyas se quedan en el registro, marcadas como «canal eliminado».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../qml/FeedsPage.qml" line="37"/>
        <location filename="../qml/FeedsPage.qml" line="112"/>
        <source>Feeds</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="52"/>
        <source>Sync all</source>
        <translation>Sincronizar todo</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="60"/>
        <source>Add a feed</source>
        <translation>Añadir un canal</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="70"/>
        <source>https://example.com/feed.xml</source>
        <translation>https://example.com/feed.xml</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="72"/>
        <source>Feed address</source>
        <translation>Dirección del canal</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="78"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="80"/>
        <source>Feed name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="85"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FeedsPage.qml" line="168"/>
        <source>%1 · last sync %2 · %n item(s)</source>
        <translation>
            <numerusform>%1 · última sincronización %2 · %n elemento</numerusform>
            <numerusform>%1 · última sincronización %2 · %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="189"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="195"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="198"/>
        <source>Remove feed: %1</source>
        <translation>Eliminar canal: %1</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="216"/>
        <source>Remove “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="28"/>
        <location filename="../qml/HomePage.qml" line="50"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="35"/>
        <source>%n show(s) with a season on the way</source>
        <translation>
            <numerusform>%n serie con una temporada en camino</numerusform>
            <numerusform>%n series con una temporada en camino</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="63"/>
        <source>No awaited season. Every show in the library is released or cancelled.</source>
        <translation>No hay temporadas en espera. Todas las series de la biblioteca se han estrenado o cancelado.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="79"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="120"/>
        <source>Told %1</source>
        <translation>Avisado el %1</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="120"/>
        <source>Due %1</source>
        <translation>Previsto para el %1</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="128"/>
        <location filename="../qml/HomePage.qml" line="150"/>
        <source>What changed lately</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="135"/>
        <source>The newest moves of the outlook, with their sources</source>
        <translation>Los últimos movimientos de la previsión, con sus fuentes</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="164"/>
        <source>%1 season %2: %3, from %4, %5</source>
        <translation>%1, temporada %2: %3, de %4, %5</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="174"/>
        <source>%1 · season %2</source>
        <translation>%1 · temporada %2</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="189"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="202"/>
        <source>Nothing has moved yet.</source>
        <translation>Aún no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="220"/>
        <source>No shows yet</source>
        <translation>Aún no hay series</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="228"/>
        <source>Add a feed on the Feeds page (Ctrl+4): a season feed, a TVmaze show or a news feed. Its shows appear here with their next release.</source>
        <translation>Añade un canal en la página Canales (Ctrl+4): un canal de temporadas, una serie de TVmaze o un canal de noticias. Sus series aparecen aquí con su próximo estreno.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="234"/>
        <source>Go to Feeds</source>
        <translation>Ir a Canales</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="40"/>
        <source>Precision: %1 (%2)</source>
        <translation>Precisión: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="41"/>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="42"/>
        <source>Basis: %1</source>
        <translation>Base: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="44"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="46"/>
        <source>Source URL: %1</source>
        <translation>URL de la fuente: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="127"/>
        <source>%1 season %2</source>
        <translation>%1, temporada %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="132"/>
        <source>%1 premieres</source>
        <translation>Estreno de %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="142"/>
        <source>%1: %2 at the earliest (expected %3)</source>
        <translation>%1: %2 como pronto (previsto: %3)</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="153"/>
        <source>%1: expected %2 (a window, not a date)</source>
        <translation>%1: se espera %2 (un periodo, no una fecha)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../qml/LibraryPage.qml" line="34"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="44"/>
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%1 de %n serie</numerusform>
            <numerusform>%1 de %n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="45"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="58"/>
        <source>Find a show by title, original title or network (Ctrl+F)</source>
        <translation>Busca una serie por título, título original o cadena (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="67"/>
        <source>Find a show</source>
        <translation>Buscar una serie</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="70"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Next release</source>
        <translation>Próximo estreno</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="81"/>
        <source>Sort the library by</source>
        <translation>Ordenar la biblioteca por</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="96"/>
        <source>Shows</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="111"/>
        <source>No show matches “%1”.</source>
        <translation>Ninguna serie coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="112"/>
        <source>No shows yet: add a feed on the Feeds page.</source>
        <translation>Aún no hay series: añade un canal en la página Canales.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32"/>
        <source>Show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33"/>
        <source>Feeds</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="114"/>
        <source>%1 · Cliffhanger</source>
        <translation>%1 · Cliffhanger</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="114"/>
        <location filename="../qml/Main.qml" line="306"/>
        <source>Cliffhanger</source>
        <translation>Cliffhanger</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="199"/>
        <source>Cliffhanger cannot open its data</source>
        <translation>Cliffhanger no puede abrir sus datos</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="217"/>
        <source>You can start afresh: the file is kept as a backup beside it, unchanged, and Cliffhanger begins again with its built-in data.</source>
        <translation>Puedes empezar de cero: el archivo se guarda intacto como copia de seguridad en la misma carpeta y Cliffhanger vuelve a empezar con sus datos integrados.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="226"/>
        <source>Start afresh…</source>
        <translation>Empezar de cero…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="248"/>
        <source>Start afresh, keeping %1 as a backup</source>
        <translation>Empezar de cero y guardar %1 como copia de seguridad</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="345"/>
        <source>%1 page (%2)</source>
        <translation>Página %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="357"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="357"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="366"/>
        <source>Add show…</source>
        <translation>Añadir serie…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="383"/>
        <source>Add a show from TVmaze (Ctrl+N)</source>
        <translation>Añadir una serie de TVmaze (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="388"/>
        <source>Sync all</source>
        <translation>Sincronizar todo</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="395"/>
        <source>Sync every feed now (Ctrl+R)</source>
        <translation>Sincronizar todos los canales ahora (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="431"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="438"/>
        <source>Dismiss message: %1</source>
        <translation>Descartar mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/migrations.cpp" line="364"/>
        <source>Cannot read the schema version of the database.</source>
        <translation>No se puede leer la versión de esquema de la base de datos.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="373"/>
        <source>Cannot start a migration transaction.</source>
        <translation>No se puede iniciar una transacción de migración.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="382"/>
        <source>a reference between tables is broken</source>
        <translation>una referencia entre tablas está rota</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="397"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Falló la migración a la versión de esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>NewsFeedParser</name>
    <message numerus="yes">
        <location filename="../app/feeds/news/feedencoding.cpp" line="102"/>
        <source>The document declares no encoding and is not valid UTF-8: it reads as UTF-8 but for %n invalid byte(s), which were replaced.</source>
        <translation>
            <numerusform>El documento no declara codificación y no es UTF-8 válido: se lee como UTF-8 salvo %n byte no válido, que se sustituyó.</numerusform>
            <numerusform>El documento no declara codificación y no es UTF-8 válido: se lee como UTF-8 salvo %n bytes no válidos, que se sustituyeron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="109"/>
        <source>The document declares no encoding and is not valid UTF-8; it was read as windows-1252.</source>
        <translation>El documento no declara codificación y no es UTF-8 válido; se leyó como windows-1252.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="124"/>
        <source>The XML declaration names the encoding “%1”, which cannot be used; the document was read with the next best guess.</source>
        <translation>La declaración XML indica la codificación «%1», que no se puede usar; el documento se leyó con la siguiente mejor opción.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="139"/>
        <source>The HTTP charset “%1” cannot be used; the document was read with the next best guess.</source>
        <translation>El juego de caracteres HTTP «%1» no se puede usar; el documento se leyó con la siguiente mejor opción.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/itemfinisher.cpp" line="149"/>
        <source>Item %1 has no id, title, link, date, author or text; it was skipped.</source>
        <translation>El elemento %1 no tiene id, título, enlace, fecha, autor ni texto; se omitió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="177"/>
        <source>%n date(s) could not be read, for example “%1”.</source>
        <translation>
            <numerusform>No se pudo leer %n fecha, por ejemplo «%1».</numerusform>
            <numerusform>No se pudieron leer %n fechas, por ejemplo «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="183"/>
        <source>%n link(s) that were not web addresses were dropped, for example “%1”.</source>
        <translation>
            <numerusform>Se descartó %n enlace que no era una dirección web, por ejemplo «%1».</numerusform>
            <numerusform>Se descartaron %n enlaces que no eran direcciones web, por ejemplo «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/news/jsonfeedparser.cpp" line="223"/>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>El elemento %1 no es un objeto JSON; se omitió.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/jsonfeedparser.cpp" line="232"/>
        <source>Item %1: the field “%2” has the wrong type and was ignored.</source>
        <translation>Elemento %1: el campo «%2» tiene un tipo incorrecto y se ignoró.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="77"/>
        <source>The document is JSON but not a JSON Feed: its “version” does not name jsonfeed.org version 1.</source>
        <translation>El documento es JSON pero no un JSON Feed: su «version» no indica la versión 1 de jsonfeed.org.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="82"/>
        <source>The document is an HTML page, not a news feed.</source>
        <translation>El documento es una página HTML, no un canal de noticias.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="85"/>
        <source>The document is XML with the root element &lt;%1&gt;, not a news feed (RSS, RDF, Atom or JSON Feed).</source>
        <translation>El documento es XML con el elemento raíz &lt;%1&gt;, no un canal de noticias (RSS, RDF, Atom o JSON Feed).</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="90"/>
        <source>The document is neither XML nor JSON, so it is not a news feed.</source>
        <translation>El documento no es XML ni JSON, así que no es un canal de noticias.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="98"/>
        <source>an element is not closed or its end tag does not match (is the document truncated?)</source>
        <translation>un elemento no está cerrado o su etiqueta de cierre no coincide (¿el documento está cortado?)</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="103"/>
        <source>malformed start tag</source>
        <translation>etiqueta de apertura mal formada</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="105"/>
        <source>malformed end tag</source>
        <translation>etiqueta de cierre mal formada</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="107"/>
        <source>malformed attribute</source>
        <translation>atributo mal formado</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="109"/>
        <source>malformed comment</source>
        <translation>comentario mal formado</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="111"/>
        <source>malformed CDATA section</source>
        <translation>sección CDATA mal formada</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="113"/>
        <source>malformed DOCTYPE</source>
        <translation>DOCTYPE mal formado</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="115"/>
        <source>malformed processing instruction</source>
        <translation>instrucción de procesamiento mal formada</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="117"/>
        <source>no root element</source>
        <translation>no hay elemento raíz</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="119"/>
        <source>malformed markup</source>
        <translation>marcado mal formado</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="141"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="166"/>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="218"/>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>El JSON está mal formado en %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="246"/>
        <source>The XML is malformed at %1: %2.</source>
        <translation>El XML está mal formado en %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="254"/>
        <source>The document&apos;s DTD declares entities; they were ignored, not expanded.</source>
        <translation>La DTD del documento declara entidades; se ignoraron, no se expandieron.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/rdfparser.cpp" line="36"/>
        <source>The RSS 1.0 document has no &lt;channel&gt; element.</source>
        <translation>El documento RSS 1.0 no tiene elemento &lt;channel&gt;.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/rssparser.cpp" line="185"/>
        <source>The RSS document has no &lt;channel&gt; element.</source>
        <translation>El documento RSS no tiene elemento &lt;channel&gt;.</translation>
    </message>
</context>
<context>
    <name>NewsTab</name>
    <message>
        <location filename="../qml/NewsTab.qml" line="24"/>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="44"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="101"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="104"/>
        <source>Open in browser: %1</source>
        <translation>Abrir en el navegador: %1</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="110"/>
        <source>No articles about this show yet. News feeds you add on the Feeds page appear here.</source>
        <translation>Aún no hay artículos sobre esta serie. Los canales de noticias que añadas en la página Canales aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../app/cli/options.cpp" line="17"/>
        <source>Use the database at PATH instead of the default.</source>
        <translation>Usa la base de datos de PATH en lugar de la predeterminada.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="20"/>
        <source>Use the language CODE (en, ko, es) instead of the system&apos;s.</source>
        <translation>Usa el idioma CODE (en, ko, es) en lugar del del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="23"/>
        <source>Do not import the embedded default data into an empty database.</source>
        <translation>No importa los datos predeterminados integrados en una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="27"/>
        <source>If the database cannot be opened (not an SQLite file, damaged, written by a newer version), move it aside as a dated backup next to it and start a fresh one. A database that opens is left as it is.</source>
        <translation>Si la base de datos no se puede abrir (no es un archivo SQLite, está dañada o la escribió una versión más reciente), la aparta como copia de seguridad con fecha a su lado y empieza una nueva. Una base de datos que se abre se deja tal cual.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="33"/>
        <source>Ask the TVmaze API at URL (default https://api.tvmaze.com), e.g. a mirror or a test server.</source>
        <translation>Consulta la API de TVmaze en URL (por defecto https://api.tvmaze.com), p. ej. una réplica o un servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="37"/>
        <source>Print JSON for scripts.</source>
        <translation>Imprime JSON para scripts.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="39"/>
        <source>Only the show with this title or alias (the window: open this show).</source>
        <translation>Solo la serie con este título o alias (la ventana: abre esta serie).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="42"/>
        <source>Only season N.</source>
        <translation>Solo la temporada N.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="44"/>
        <source>Only claims of this kind (release_window, episode_count, cast, renewal, production, plot).</source>
        <translation>Solo las afirmaciones de este tipo (release_window, episode_count, cast, renewal, production, plot).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="47"/>
        <source>Only the feed with this URL or id.</source>
        <translation>Solo el canal con esta URL o id.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="48"/>
        <source>A display name for the feed.</source>
        <translation>Un nombre visible para el canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="49"/>
        <source>Minutes between syncs of the feed (default 360).</source>
        <translation>Minutos entre sincronizaciones del canal (por defecto 360).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="52"/>
        <source>How much to trust the feed: official, reported, rumour or estimate.</source>
        <translation>Cuánto fiarse del canal: official, reported, rumour o estimate.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="55"/>
        <source>Extract again from every stored article.</source>
        <translation>Vuelve a extraer de todos los artículos guardados.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="57"/>
        <source>Every feed, due or not.</source>
        <translation>Todos los canales, toque o no.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="58"/>
        <source>Do it without asking (for scripts).</source>
        <translation>Lo hace sin preguntar (para scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="60"/>
        <source>Read the article FILE and say, per sentence, which rule gave which claim, or why none did (nothing is stored).</source>
        <translation>Lee el artículo FILE y dice, frase a frase, qué regla dio qué afirmación o por qué ninguna lo hizo (no se guarda nada).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="64"/>
        <source>The article&apos;s publication date (YYYY-MM-DD) for --explain; relative dates resolve against it (default: today).</source>
        <translation>La fecha de publicación del artículo (AAAA-MM-DD) para --explain; las fechas relativas se calculan a partir de ella (por defecto: hoy).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="68"/>
        <source>Judge predictions as of DATE (YYYY-MM-DD) instead of today: a window whose latest day is before it is missed.</source>
        <translation>Juzga las predicciones a fecha de DATE (AAAA-MM-DD) en lugar de hoy: un periodo cuyo último día es anterior ha fallado.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="72"/>
        <source>The window: render a page offscreen into FILE (PNG) and exit.</source>
        <translation>La ventana: dibuja una página fuera de pantalla en FILE (PNG) y sale.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="75"/>
        <source>The window: the page to show (home, library, show, cast, episodes, claims, news, feeds, settings).</source>
        <translation>La ventana: la página que se muestra (home, library, show, cast, episodes, claims, news, feeds, settings).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="78"/>
        <source>The window: its size, e.g. 1280x800.</source>
        <translation>La ventana: su tamaño, p. ej. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="80"/>
        <source>The window: light, dark or system, for this run.</source>
        <translation>La ventana: light, dark o system, para esta ejecución.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="83"/>
        <source>The window: print the milliseconds from start to the first frame, exit.</source>
        <translation>La ventana: imprime los milisegundos desde el arranque hasta el primer fotograma y sale.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="87"/>
        <source>The window: start in the tray when tray residence is on and the desktop has a tray, else minimized (start at login uses it).</source>
        <translation>La ventana: empezar en la bandeja si está activado quedarse en la bandeja y el escritorio tiene una, si no minimizada (lo usa el inicio al entrar en la sesión).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="91"/>
        <source>Only episode M.</source>
        <translation>Solo el episodio M.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="92"/>
        <source>Every episode up to and including M.</source>
        <translation>Todos los episodios hasta el M incluido.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="93"/>
        <source>Mark as not watched.</source>
        <translation>Marca como no visto.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="94"/>
        <source>At this moment instead of now (ISO 8601 date and time).</source>
        <translation>En este momento en lugar de ahora (fecha y hora ISO 8601).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="96"/>
        <source>Only officially confirmed dates.</source>
        <translation>Solo fechas confirmadas oficialmente.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="99"/>
        <source>Windows wider than a month as tentative blocks over all their days.</source>
        <translation>Los periodos de más de un mes, como bloques provisionales que cubren todos sus días.</translation>
    </message>
</context>
<context>
    <name>OutlookCard</name>
    <message>
        <location filename="../qml/OutlookCard.qml" line="11"/>
        <source>Season %1 outlook</source>
        <translation>Previsión de la temporada %1</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="23"/>
        <source>· %1 episodes expected</source>
        <translation>· %1 episodios previstos</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="31"/>
        <source>No date known yet</source>
        <translation>Aún sin fecha</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="41"/>
        <source>Source: %1 (%2)</source>
        <translation>Fuente: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="49"/>
        <source>Independent sources agreeing: %1</source>
        <translation>Fuentes independientes que coinciden: %1</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="50"/>
        <source>No other source agrees yet</source>
        <translation>Aún no coincide ninguna otra fuente</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="58"/>
        <source>Spread of the predictions still open: %1</source>
        <translation>Dispersión de las predicciones aún abiertas: %1</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="70"/>
        <source>How the prediction changed</source>
        <translation>Cómo ha cambiado la predicción</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="101"/>
        <source>%1 (missed)</source>
        <translation>%1 (fallida)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../qml/OverviewTab.qml" line="35"/>
        <source>How the predictions drifted</source>
        <translation>Cómo han ido cambiando las predicciones</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="50"/>
        <source>Each bar runs from a prediction&apos;s earliest to its latest day, placed where it was said. Grey, struck bars were missed.</source>
        <translation>Cada barra va del primer al último día de una predicción, situada cuando se dijo. Las barras grises y tachadas fallaron.</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="58"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="65"/>
        <source>No production news yet.</source>
        <translation>Aún no hay noticias de producción.</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="98"/>
        <source>About the show</source>
        <translation>Sobre la serie</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="41"/>
        <source>unterminated object</source>
        <translation>objeto sin terminar</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="44"/>
        <source>missing name separator</source>
        <translation>falta el separador de nombre</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="47"/>
        <source>unterminated array</source>
        <translation>matriz sin terminar</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="50"/>
        <source>missing value separator</source>
        <translation>falta el separador de valores</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="53"/>
        <source>illegal value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="56"/>
        <source>invalid termination by number</source>
        <translation>terminación no válida por un número</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="59"/>
        <source>illegal number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="62"/>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="65"/>
        <source>invalid UTF8 string</source>
        <translation>cadena UTF-8 no válida</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="68"/>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="71"/>
        <source>object is missing after a comma</source>
        <translation>falta un objeto tras una coma</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="74"/>
        <source>too deeply nested document</source>
        <translation>documento anidado demasiado profundamente</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="77"/>
        <source>too large document</source>
        <translation>documento demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="80"/>
        <source>garbage at the end of the document</source>
        <translation>contenido sobrante al final del documento</translation>
    </message>
</context>
<context>
    <name>RecentChanges</name>
    <message>
        <location filename="../app/models/recentchanges.cpp" line="70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/recentchanges.cpp" line="71"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsController</name>
    <message numerus="yes">
        <location filename="../app/models/remindersettingscontroller.cpp" line="32"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n evento en %1.</numerusform>
            <numerusform>Se escribieron %n eventos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/remindersettingscontroller.cpp" line="169"/>
        <source>Days before: whole numbers from 1 to 365 separated by commas, such as 7, 1 (or none), not “%1”.</source>
        <translation>Días antes: números enteros del 1 al 365 separados por comas, como 7, 1 (o none), no «%1».</translation>
    </message>
    <message>
        <location filename="../app/models/remindersettingscontroller.cpp" line="196"/>
        <source>Choose a file name for the calendar, such as releases.ics.</source>
        <translation>Elige un nombre de archivo para el calendario, como estrenos.ics.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="32"/>
        <source>%1 season %2</source>
        <translation>%1, temporada %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="52"/>
        <source>no date known</source>
        <translation>sin fecha conocida</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="59"/>
        <source>from the episode list</source>
        <translation>según la lista de episodios</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="61"/>
        <source>the announced premiere</source>
        <translation>el estreno anunciado</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="67"/>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="95"/>
        <location filename="../app/outlook/reminderrules.cpp" line="91"/>
        <source>%1 is out today</source>
        <translation>%1 se estrena hoy</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="92"/>
        <source>Released on %1 (%2).</source>
        <translation>Estrenada el %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="91"/>
        <location filename="../app/outlook/reminderrules.cpp" line="107"/>
        <source>%1 is out tomorrow</source>
        <translation>%1 se estrena mañana</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="92"/>
        <location filename="../app/outlook/reminderrules.cpp" line="108"/>
        <source>%1 is out in %2 days</source>
        <translation>%1 se estrena dentro de %2 días</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="109"/>
        <source>Due on %1 (%2).</source>
        <translation>Prevista para el %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="130"/>
        <source>%1: release narrowed to %2</source>
        <translation>%1: el estreno se concreta en %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="131"/>
        <source>%1: release now %2</source>
        <translation>%1: estreno ahora %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="132"/>
        <source>Before: %1. After: %2.</source>
        <translation>Antes: %1. Después: %2.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="134"/>
        <source>Source: %1.</source>
        <translation>Fuente: %1.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="145"/>
        <source>%1: %2 episodes confirmed</source>
        <translation>%1: %2 episodios confirmados</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="146"/>
        <source>The official count is now %1 (was %2).</source>
        <translation>El número oficial es ahora %1 (era %2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="149"/>
        <source>The official count is %1.</source>
        <translation>El número oficial es %1.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="159"/>
        <source>%1: %2 confirmed</source>
        <translation>%1: %2 confirmado</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="160"/>
        <source>%1 is confirmed for season %2.</source>
        <translation>%1 está confirmado para la temporada %2.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="176"/>
        <source>%1 is cancelled</source>
        <translation>%1 se ha cancelado</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="177"/>
        <source>%1 is on its way</source>
        <translation>%1 está en camino</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="180"/>
        <source>The season will not be made.</source>
        <translation>La temporada no se hará.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="181"/>
        <source>%1 has a season %2 (%3).</source>
        <translation>%1 tiene temporada %2 (%3).</translation>
    </message>
</context>
<context>
    <name>SeasonFeedReader</name>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="88"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="129"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="183"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="92"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="116"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="97"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="109"/>
        <source>must be an array of strings</source>
        <translation>debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="135"/>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="139"/>
        <source>must be at least %1</source>
        <translation>debe ser al menos %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="161"/>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>debe ser una fecha AAAA-MM-DD, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="173"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; no es uno de: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="187"/>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="196"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="267"/>
        <source>&quot;%1&quot; is not a known precision</source>
        <translation>&quot;%1&quot; no es una precisión conocida</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="270"/>
        <source>earliest is after latest</source>
        <translation>earliest es posterior a latest</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="315"/>
        <source>episode %1 appears twice</source>
        <translation>el episodio %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="365"/>
        <source>must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>solo puede usar a-z, 0-9 y &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="392"/>
        <source>season %1 appears twice</source>
        <translation>la temporada %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="426"/>
        <source>must be YYYY, YYYY-MM or YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>debe ser AAAA, AAAA-MM o AAAA-MM-DD, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="491"/>
        <source>is required for a release_window claim</source>
        <translation>es obligatorio en una afirmación release_window</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="507"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="512"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="519"/>
        <source>id is not unique</source>
        <translation>el id no es único</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="522"/>
        <source>names no show in this feed: &quot;%1&quot;</source>
        <translation>no nombra ninguna serie de este canal: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="525"/>
        <source>names no source in this feed: &quot;%1&quot;</source>
        <translation>no nombra ninguna fuente de este canal: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="531"/>
        <source>names no claim in this feed: &quot;%1&quot;</source>
        <translation>no nombra ninguna afirmación de este canal: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="539"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="563"/>
        <source>The season feed is not valid JSON at %1: %2</source>
        <translation>El canal de temporadas no es JSON válido en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="568"/>
        <source>The season feed must be a JSON object.</source>
        <translation>El canal de temporadas debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="578"/>
        <source>must be &quot;cliffhanger-season-feed&quot;</source>
        <translation>debe ser &quot;cliffhanger-season-feed&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="582"/>
        <source>This season feed uses format version %1; this Cliffhanger reads version %2 and older. Update Cliffhanger to read it.</source>
        <translation>Este canal de temporadas usa la versión de formato %1; este Cliffhanger lee la versión %2 y anteriores. Actualiza Cliffhanger para leerlo.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="617"/>
        <source>Invalid season feed: %1</source>
        <translation>Canal de temporadas no válido: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="30"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="39"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="47"/>
        <source>Follow the desktop</source>
        <translation>Seguir el escritorio</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="48"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="49"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>The desktop prefers a %1 theme.</source>
        <translation>El escritorio prefiere un tema %1.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>dark</source>
        <translation>oscuro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>light</source>
        <translation>claro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="67"/>
        <source>The desktop did not say which it prefers; following it means light.</source>
        <translation>El escritorio no ha dicho cuál prefiere; seguirlo significa tema claro.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="76"/>
        <location filename="../qml/SettingsPage.qml" line="94"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="88"/>
        <location filename="../qml/SettingsPage.qml" line="105"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <source>System follows the desktop&apos;s language. The command line&apos;s --lang CODE (en, ko, es) chooses one for a single run.</source>
        <translation>Sistema sigue el idioma del escritorio. En la línea de órdenes, --lang CODE (en, ko, es) elige uno para una sola ejecución.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="127"/>
        <source>On the release day</source>
        <translation>El día del estreno</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="136"/>
        <source>Days before (once the date is exact to the day)</source>
        <translation>Días antes (cuando la fecha ya es exacta)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="143"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="149"/>
        <source>Days before the release day, separated by commas</source>
        <translation>Días antes del estreno, separados por comas</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="154"/>
        <source>When the expected window changes or narrows</source>
        <translation>Cuando el periodo previsto cambia o se acota</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="162"/>
        <source>When the episode count or a cast member is confirmed</source>
        <translation>Cuando se confirma el número de episodios o alguien del reparto</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="170"/>
        <source>When a season is renewed or cancelled</source>
        <translation>Cuando una temporada se renueva o se cancela</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="179"/>
        <source>Dated reminders at</source>
        <translation>Recordatorios con fecha a las</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <location filename="../qml/SettingsPage.qml" line="217"/>
        <location filename="../qml/SettingsPage.qml" line="233"/>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="192"/>
        <source>Hour of the dated reminders</source>
        <translation>Hora de los recordatorios con fecha</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="198"/>
        <source>Quiet hours: hold reminders until they end</source>
        <translation>Horas de silencio: retener los recordatorios hasta que terminen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="208"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Quiet hours start at</source>
        <translation>Las horas de silencio empiezan a las</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="224"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="237"/>
        <source>Quiet hours end at</source>
        <translation>Las horas de silencio terminan a las</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="243"/>
        <source>One weekly digest instead of single reminders</source>
        <translation>Un resumen semanal en lugar de recordatorios sueltos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="253"/>
        <location filename="../qml/SettingsPage.qml" line="274"/>
        <source>Digest day</source>
        <translation>Día del resumen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>No reminder is ever based on a date the expected window does not pin down. The command line shows the same rules: cliffhanger reminders rules.</source>
        <translation>Ningún recordatorio se basa en una fecha que el periodo previsto no fije. La línea de órdenes muestra las mismas reglas: cliffhanger reminders rules.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="288"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="295"/>
        <source>Exact release days become all-day events with the reminders above as alarms; a month window is a marker on its first day.</source>
        <translation>Los días de estreno exactos se convierten en eventos de todo el día con los recordatorios de arriba como alarmas; un periodo de un mes es una marca en su primer día.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="302"/>
        <source>Export calendar…</source>
        <translation>Exportar calendario…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="305"/>
        <source>Export the calendar to a file</source>
        <translation>Exportar el calendario a un archivo</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="308"/>
        <source>Calendar file kept up to date after each sync</source>
        <translation>Archivo de calendario actualizado tras cada sincronización</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="319"/>
        <source>None: no file is kept</source>
        <translation>Ninguno: no se mantiene ningún archivo</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="325"/>
        <source>Calendar file kept up to date</source>
        <translation>Archivo de calendario que se mantiene al día</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="329"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="332"/>
        <source>Choose the calendar file to keep up to date</source>
        <translation>Elegir el archivo de calendario que se mantiene al día</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="336"/>
        <source>Stop</source>
        <translation>Dejar</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="340"/>
        <source>Stop keeping a calendar file</source>
        <translation>Dejar de mantener un archivo de calendario</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="358"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="364"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="372"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="381"/>
        <source>In the tray, reminders keep coming while the window is closed; the tray icon&apos;s menu opens the window again or quits.</source>
        <translation>En la bandeja, los recordatorios siguen llegando con la ventana cerrada; el menú del icono de la bandeja vuelve a abrir la ventana o sale.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="382"/>
        <source>This desktop shows no tray icons, so closing the window quits Cliffhanger.</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que cerrar la ventana cierra Cliffhanger.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="391"/>
        <source>Feeds</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="396"/>
        <source>New feeds sync every 6 hours and count as reported news; the command line sets another interval or trust (cliffhanger feeds add URL --interval MINUTES --tier TIER).</source>
        <translation>Los canales nuevos se sincronizan cada 6 horas y cuentan como noticias de prensa; la línea de órdenes fija otro intervalo o nivel de confianza (cliffhanger feeds add URL --interval MINUTES --tier TIER).</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="408"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="411"/>
        <location filename="../qml/SettingsPage.qml" line="420"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="417"/>
        <source>Calendar file to keep up to date</source>
        <translation>Archivo de calendario que se mantiene al día</translation>
    </message>
</context>
<context>
    <name>ShowOverview</name>
    <message>
        <location filename="../app/models/showoverview.cpp" line="30"/>
        <source>MMM yyyy</source>
        <comment>QDate format: short month name and year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="149"/>
        <source>created by %1</source>
        <translation>creada por %1</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="154"/>
        <source>Show, episode and cast data from TVmaze.com (CC BY-SA 4.0)</source>
        <translation>Datos de series, episodios y reparto de TVmaze.com (CC BY-SA 4.0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="165"/>
        <source>%1 – %2 across %n predictions</source>
        <translation>
            <numerusform>%1 – %2 en %n predicción</numerusform>
            <numerusform>%1 – %2 en %n predicciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="271"/>
        <source>Season %1 · %2 of %n watched</source>
        <translation>
            <numerusform>Temporada %1 · %2 de %n visto</numerusform>
            <numerusform>Temporada %1 · %2 de %n vistos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="284"/>
        <source>Next: S%1 E%2 · %3</source>
        <translation>Siguiente: T%1 E%2 · %3</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="287"/>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="289"/>
        <source>Season %1 · specials</source>
        <translation>Temporada %1 · especiales</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="270"/>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="298"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="356"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <location filename="../qml/ShowPage.qml" line="59"/>
        <source>Following ✓</source>
        <translation>Siguiendo ✓</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="59"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="62"/>
        <source>Stop following %1</source>
        <translation>Dejar de seguir %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="63"/>
        <source>Follow %1: it comes first on Home</source>
        <translation>Seguir %1: aparece primero en Inicio</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Cast</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="106"/>
        <source>%1 tab</source>
        <translation>Pestaña %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="128"/>
        <source>Choose a show on Home or in the Library.</source>
        <translation>Elige una serie en Inicio o en la Biblioteca.</translation>
    </message>
</context>
<context>
    <name>ShowRow</name>
    <message>
        <location filename="../qml/ShowRow.qml" line="29"/>
        <source>%1, season %2, %3, %4</source>
        <translation>%1, temporada %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="30"/>
        <source>no date known</source>
        <translation>sin fecha conocida</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="75"/>
        <source>followed</source>
        <translation>seguida</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="79"/>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="81"/>
        <source>changed %1</source>
        <translation>cambió %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="104"/>
        <source>Following ✓</source>
        <translation>Siguiendo ✓</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="104"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="105"/>
        <source>Stop following %1</source>
        <translation>Dejar de seguir %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="105"/>
        <source>Follow %1</source>
        <translation>Seguir %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="114"/>
        <source>nothing awaited</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="115"/>
        <source>no date known yet</source>
        <translation>aún sin fecha</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/shell/singleinstance.cpp" line="80"/>
        <source>Cannot lock %1.lock to check for a running window.</source>
        <translation>No se puede bloquear %1.lock para buscar una ventana abierta.</translation>
    </message>
    <message>
        <location filename="../app/shell/singleinstance.cpp" line="88"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>StartAfreshDialog</name>
    <message>
        <location filename="../qml/StartAfreshDialog.qml" line="15"/>
        <source>Start afresh?</source>
        <translation>¿Empezar de cero?</translation>
    </message>
    <message>
        <location filename="../qml/StartAfreshDialog.qml" line="20"/>
        <source>%1 will be renamed to a backup in the same folder, as it is now, and a new database will be made in its place. Nothing is deleted.</source>
        <translation>%1 se renombrará, tal como está, como copia de seguridad en la misma carpeta y en su lugar se creará una base de datos nueva. No se borra nada.</translation>
    </message>
</context>
<context>
    <name>TvMazeApi</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeapi.cpp" line="29"/>
        <source>--tvmaze-base needs an http or https address such as https://api.tvmaze.com, not &apos;%1&apos;.</source>
        <translation>--tvmaze-base necesita una dirección http o https como https://api.tvmaze.com, no &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>TvMazeClient</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="87"/>
        <source>TVmaze (%1) asked us to wait: not asking again before %2.</source>
        <translation>TVmaze (%1) pidió esperar: no se volverá a preguntar antes de %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="93"/>
        <source>TVmaze (%1) cannot be reached: %2</source>
        <translation>No se puede acceder a TVmaze (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="97"/>
        <source>TVmaze (%1) answered 304 Not Modified to a plain request.</source>
        <translation>TVmaze (%1) respondió 304 Not Modified a una petición normal.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="100"/>
        <source>TVmaze (%1) failed: %2</source>
        <translation>TVmaze (%1) falló: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="128"/>
        <source>TVmaze has no show with id %1.</source>
        <translation>TVmaze no tiene ninguna serie con el id %1.</translation>
    </message>
</context>
<context>
    <name>TvMazeParser</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="35"/>
        <source>The TVmaze data is not valid JSON at byte %1: %2</source>
        <translation>Los datos de TVmaze no son JSON válido en el byte %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="121"/>
        <source>The TVmaze show has no id or name.</source>
        <translation>La serie de TVmaze no tiene id ni nombre.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="174"/>
        <source>A TVmaze season list must come from an address ending in /shows/ID/seasons, not %1.</source>
        <translation>Una lista de temporadas de TVmaze debe venir de una dirección que termine en /shows/ID/seasons, no %1.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="183"/>
        <source>The TVmaze season list is not a JSON array.</source>
        <translation>La lista de temporadas de TVmaze no es una matriz JSON.</translation>
    </message>
</context>
<context>
    <name>TvMazeSearch</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="29"/>
        <source>TVmaze&apos;s answer is not valid JSON at byte %1: %2</source>
        <translation>La respuesta de TVmaze no es JSON válido en el byte %1: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="95"/>
        <source>TVmaze&apos;s search answer is not a JSON array.</source>
        <translation>La respuesta de búsqueda de TVmaze no es una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="105"/>
        <source>TVmaze&apos;s search result %1 has no show with an id and a name.</source>
        <translation>El resultado de búsqueda %1 de TVmaze no tiene una serie con id y nombre.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="124"/>
        <source>TVmaze&apos;s answer is not a show with an id and a name.</source>
        <translation>La respuesta de TVmaze no es una serie con id y nombre.</translation>
    </message>
</context>
<context>
    <name>TvMazeShowAdder</name>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="30"/>
        <source>year unknown</source>
        <translation>año desconocido</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="97"/>
        <source>A show is added by its TVmaze id (1 or more) or by its name.</source>
        <translation>Una serie se añade por su id de TVmaze (1 o más) o por su nombre.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="128"/>
        <source>Nothing found on TVmaze for &apos;%1&apos;.</source>
        <translation>TVmaze no encontró nada para &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="150"/>
        <source>The TVmaze feed for %1 was removed while it was being added.</source>
        <translation>El canal de TVmaze de %1 se eliminó mientras se añadía.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="174"/>
        <source>&apos;%1&apos; is already in the library (TVmaze show %2); not added again.</source>
        <translation>&apos;%1&apos; ya está en la biblioteca (serie %2 de TVmaze); no se añade de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="209"/>
        <source>A different show called &apos;%1&apos; (%2) is already in the library, and the library tells shows apart by title: adding %3 would merge the two, so it was not added.</source>
        <translation>Ya hay otra serie llamada &apos;%1&apos; (%2) en la biblioteca, y la biblioteca distingue las series por título: añadir %3 fusionaría las dos, así que no se añadió.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="216"/>
        <source>&apos;%1&apos; (%2) is already in the library; not added again.</source>
        <translation>&apos;%1&apos; (%2) ya está en la biblioteca; no se añade de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="230"/>
        <source>TVmaze: %1</source>
        <translation>TVmaze: %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="232"/>
        <source>TVmaze: %1, seasons</source>
        <translation>TVmaze: %1, temporadas</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="272"/>
        <source>TVmaze asked us to wait until %1</source>
        <translation>TVmaze pidió esperar hasta %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="277"/>
        <source>The TVmaze feeds for %1 were added, but their first sync failed (%2); the next sync tries again.</source>
        <translation>Se añadieron los canales de TVmaze de %1, pero su primera sincronización falló (%2); la próxima lo volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="295"/>
        <source>Added %1 from TVmaze; its season list did not sync (%2), the next sync tries again.</source>
        <translation>Se añadió %1 de TVmaze; su lista de temporadas no se sincronizó (%2), la próxima sincronización lo volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="298"/>
        <source>Added %1 from TVmaze.</source>
        <translation>Se añadió %1 de TVmaze.</translation>
    </message>
</context>
<context>
    <name>Watching</name>
    <message>
        <location filename="../app/pipeline/watching.cpp" line="232"/>
        <source>%1 has no season %2.</source>
        <translation>%1 no tiene temporada %2.</translation>
    </message>
</context>
<context>
    <name>WindowCapture</name>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="52"/>
        <source>unknown page &quot;%1&quot; (use one of: %2)</source>
        <translation>página desconocida &quot;%1&quot; (usa una de: %2)</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="126"/>
        <source>no show called &quot;%1&quot;</source>
        <translation>no hay ninguna serie llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="138"/>
        <source>the show page did not load</source>
        <translation>la página de la serie no se cargó</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="153"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>--lang wants en, ko or es, not &quot;%1&quot;</source>
        <translation>--lang acepta en, ko o es, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>--size wants WxH, e.g. 1280x800, not &quot;%1&quot;</source>
        <translation>--size acepta AnchoxAlto, p. ej. 1280x800, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>--theme wants light, dark or system, not &quot;%1&quot;</source>
        <translation>--theme acepta light, dark o system, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Cliffhanger is already open on this database; raised it.</source>
        <translation>Cliffhanger ya está abierto con esta base de datos; se ha traído su ventana al frente.</translation>
    </message>
</context>
</TS>
