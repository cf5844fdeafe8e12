<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AddShowController</name>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="29"/>
        <source>Search results and show data from TVmaze.com (CC BY-SA 4.0)</source>
        <translation>검색 결과와 프로그램 정보 출처: TVmaze.com (CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="54"/>
        <source>TVmaze asked us to wait; search again after %1.</source>
        <translation>TVmaze에서 잠시 기다려 달라고 합니다. %1 이후에 다시 검색하세요.</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="75"/>
        <source>Nothing found on TVmaze for “%1”.</source>
        <translation>TVmaze에서 “%1”에 대한 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/models/addshowcontroller.cpp" line="83"/>
        <source>Adding the show and fetching its episodes…</source>
        <translation>프로그램을 추가하고 에피소드를 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>AddShowDialog</name>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="15"/>
        <source>Add a show</source>
        <translation>프로그램 추가</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="42"/>
        <source>Show title, e.g. All of Us Are Dead</source>
        <translation>프로그램 제목 (예: 지금 우리 학교는)</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="54"/>
        <source>Search TVmaze for a show</source>
        <translation>TVmaze에서 프로그램 검색</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="60"/>
        <source>Searching TVmaze…</source>
        <translation>TVmaze 검색 중…</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="77"/>
        <source>Matches on TVmaze</source>
        <translation>TVmaze 검색 결과</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="87"/>
        <source>Add %1 (%2)</source>
        <translation>%1 (%2) 추가</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="117"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../qml/AddShowDialog.qml" line="120"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
</context>
<context>
    <name>AppComposition</name>
    <message>
        <location filename="../app/shell/appcomposition.cpp" line="203"/>
        <source>The old file was moved to %1, as it was; Cliffhanger started with fresh data.</source>
        <translation>기존 파일은 그대로 %1(으)로 옮겨 두었고, Cliffhanger는 새 데이터로 시작했습니다.</translation>
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
        <translation>데이터베이스가 열려 있지 않아 아무것도 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleClaims</name>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="177"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="188"/>
        <source>Could not link an article to its show.</source>
        <translation>기사를 해당 프로그램에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="262"/>
        <source>Could not retract a claim the article no longer makes.</source>
        <translation>기사에서 더 이상 나오지 않는 주장을 철회하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="277"/>
        <source>The database is busy; try again.</source>
        <translation>데이터베이스가 사용 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/articleclaims.cpp" line="312"/>
        <source>Could not store the extracted claims.</source>
        <translation>추출한 주장을 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="268"/>
        <source>The database connection has no SQLite handle.</source>
        <translation>데이터베이스 연결에 SQLite 핸들이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../app/pipeline/calendarexport.cpp" line="89"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/pipeline/calendarexport.cpp" line="108"/>
        <source>The calendar file was not updated: %1</source>
        <translation>캘린더 파일을 업데이트하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CastBoard</name>
    <message>
        <location filename="../qml/CastBoard.qml" line="22"/>
        <source>Cast for season %1</source>
        <translation>시즌 %1 출연진</translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="45"/>
        <source>%1 as %2: %3</source>
        <translation>%1 (%2 역): %3</translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="78"/>
        <source>as %1</source>
        <translation>%1 역</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CastBoard.qml" line="85"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>출처 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CastBoard.qml" line="100"/>
        <source>No cast known for this season yet.</source>
        <translation>이 시즌의 출연진은 아직 알려지지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="195"/>
        <source>The database connection has no SQLite handle.</source>
        <translation>데이터베이스 연결에 SQLite 핸들이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="419"/>
        <source>The seasons are for a show that is not in the database yet (%1); add the show&apos;s own feed first.</source>
        <translation>데이터베이스에 아직 없는 프로그램(%1)의 시즌입니다. 먼저 그 프로그램의 피드를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="531"/>
        <source>Season %1 was not stored.</source>
        <translation>시즌 %1을(를) 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="666"/>
        <source>Source %1 was not stored.</source>
        <translation>출처 %1을(를) 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="834"/>
        <source>Could not store the feed; nothing was changed: %1</source>
        <translation>피드를 저장하지 못했습니다. 아무것도 바뀌지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="848"/>
        <source>Cannot start a transaction: the database may be busy.</source>
        <translation>트랜잭션을 시작할 수 없습니다. 데이터베이스가 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/catalogimporter.cpp" line="854"/>
        <source>Could not commit the feed; nothing was changed.</source>
        <translation>피드를 커밋하지 못했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ClaimListFilter</name>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="100"/>
        <source>Every kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="105"/>
        <source>Every tier</source>
        <translation>모든 등급</translation>
    </message>
    <message>
        <location filename="../app/models/claimlistfilter.cpp" line="111"/>
        <source>Every status</source>
        <translation>모든 상태</translation>
    </message>
</context>
<context>
    <name>ClaimReviews</name>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="18"/>
        <source>&apos;%1&apos; is not a verdict: use confirm, dismiss or wrong.</source>
        <translation>&apos;%1&apos;은(는) 판정이 아닙니다. confirm, dismiss, wrong 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="32"/>
        <source>There is no claim #%1.</source>
        <translation>주장 #%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/claimreviews.cpp" line="40"/>
        <source>The database is busy; try again.</source>
        <translation>데이터베이스가 사용 중입니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="22"/>
        <source>%1 episodes</source>
        <translation>%1부작</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="25"/>
        <source>%1 as %2</source>
        <translation>%1 (%2 역)</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="42"/>
        <source>%1 (feed removed)</source>
        <translation>%1 (삭제된 피드)</translation>
    </message>
    <message>
        <location filename="../app/outlook/claimtext.cpp" line="44"/>
        <source>%1 (no longer in the article)</source>
        <translation>%1 (기사에서 빠짐)</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="29"/>
        <source>Claims about season %1</source>
        <translation>시즌 %1에 관한 주장</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="38"/>
        <source>Each claim keeps the source it came from. Your verdict is kept even when the source is read again.</source>
        <translation>모든 주장에는 출처가 함께 기록됩니다. 출처를 다시 읽어도 내 판정은 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="58"/>
        <source>Kind: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="69"/>
        <source>Tier: %1</source>
        <translation>등급: %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="80"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ClaimsPage.qml" line="87"/>
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>주장 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="104"/>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="127"/>
        <source>%1: %2 from %3</source>
        <translation>%1: %3의 %2</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="164"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="186"/>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="189"/>
        <source>Confirm claim: %1 from %2</source>
        <translation>주장 확인: %2의 %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="192"/>
        <source>Dismiss</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="195"/>
        <source>Dismiss claim: %1 from %2</source>
        <translation>주장 무시: %2의 %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="198"/>
        <source>Wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="201"/>
        <source>Mark claim wrong: %1 from %2</source>
        <translation>주장을 틀림으로 표시: %2의 %1</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="220"/>
        <source>Dismiss this claim?</source>
        <translation>이 주장을 무시할까요?</translation>
    </message>
    <message>
        <location filename="../qml/ClaimsPage.qml" line="226"/>
        <source>“%1” from %2 will no longer shape the outlook. You can confirm it again later.</source>
        <translation>%2의 “%1”은(는) 더 이상 전망에 반영되지 않습니다. 나중에 다시 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="69"/>
        <location filename="../app/cli/watchcommands.cpp" line="39"/>
        <source>%1 has no season %2.</source>
        <translation>%1에는 시즌 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="104"/>
        <source>%1, season %2</source>
        <translation>%1, 시즌 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="106"/>
        <source>Best window: %1</source>
        <translation>가장 유력한 시기: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="108"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="112"/>
        <source>Independent sources agreeing: %1</source>
        <translation>일치하는 독립 출처: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="114"/>
        <source>No release window known.</source>
        <translation>알려진 공개 시기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="117"/>
        <source>Spread of the open predictions: %1 to %2 (%3 days, %4 claims)</source>
        <translation>아직 유효한 예측의 범위: %1 ~ %2 (%3일, 주장 %4건)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="125"/>
        <source>Missed predictions (no longer counted): %1</source>
        <translation>빗나간 예측 (더 이상 반영하지 않음): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="127"/>
        <source>Expected episodes: %1</source>
        <translation>예상 에피소드 수: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="128"/>
        <source>How it changed:</source>
        <translation>변화 과정:</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="130"/>
        <location filename="../app/cli/analysiscommands.cpp" line="131"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="133"/>
        <source>  %1  %2 was missed (%3): %4 -&gt; %5</source>
        <translation>  %1  %2 빗나감 (%3): %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="136"/>
        <source>  %1  %2 says %3: %4 -&gt; %5 (%6)</source>
        <translation>  %1  %2에 따르면 %3: %4 -&gt; %5 (%6)</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="156"/>
        <source>No release-window predictions in the ledger yet.</source>
        <translation>기록에 아직 공개 시기 예측이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>publisher</source>
        <translation>매체</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="159"/>
        <source>hit</source>
        <translation>적중</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="160"/>
        <source>missed</source>
        <translation>빗나감</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="160"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="175"/>
        <source>As of %1. Hit: the season came out inside the window; missed: it did not, or the window&apos;s last day passed first.</source>
        <translation>%1 기준. 적중: 시즌이 예측한 시기 안에 공개됨. 빗나감: 공개되지 않았거나 예측한 시기의 마지막 날이 먼저 지남.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="188"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="232"/>
        <source>--explain needs the article FILE: extract --explain FILE</source>
        <translation>--explain에는 기사 파일이 필요합니다: extract --explain FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="236"/>
        <source>&apos;extract&apos; takes a FILE only with --explain.</source>
        <translation>&apos;extract&apos;는 --explain과 함께일 때만 파일을 받습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="238"/>
        <source>--published applies to extract --explain only.</source>
        <translation>--published는 extract --explain에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="249"/>
        <source>Read %1 articles; %2 name a known show; %3 new claims.</source>
        <translation>기사 %1건을 읽었습니다. 알려진 프로그램을 언급한 기사 %2건, 새 주장 %3건.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="264"/>
        <source>The derived outlook of a season: best window, agreeing sources, spread, history and changes; windows missed by today no longer count.</source>
        <translation>시즌 전망: 가장 유력한 시기, 일치하는 출처, 예측 범위, 이력과 변화. 오늘까지 빗나간 시기는 반영하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="274"/>
        <source>Each publisher&apos;s record of release-window predictions: made, hit, missed, pending.</source>
        <translation>매체별 공개 시기 예측 성적: 예측, 적중, 빗나감, 대기.</translation>
    </message>
    <message>
        <location filename="../app/cli/analysiscommands.cpp" line="284"/>
        <source>Extract claims again from every stored article (idempotent; reviewed claims keep their verdict); with --explain, say per sentence of an article file which rule fired or why none did.</source>
        <translation>저장된 모든 기사에서 주장을 다시 추출합니다 (여러 번 실행해도 결과가 같고, 검토한 주장은 판정이 유지됨). --explain을 쓰면 기사 파일의 문장마다 어떤 규칙이 적용됐는지, 또는 왜 적용되지 않았는지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="44"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Without a command, Cliffhanger opens its window. Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>명령 없이 실행하면 Cliffhanger 창이 열립니다. 종료 코드: 0 성공, 1 실패, 2 사용법 오류.</translation>
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
        <translation>자세한 내용은 &apos;cliffhanger --help&apos;를 보세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>no show called &apos;%1&apos;. &apos;cliffhanger shows&apos; lists the known shows.</source>
        <translation>&apos;%1&apos;(이)라는 프로그램이 없습니다. &apos;cliffhanger shows&apos;로 알려진 프로그램을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="124"/>
        <source>--season needs a season number (1 or more), not &apos;%1&apos;.</source>
        <translation>--season에는 시즌 번호(1 이상)가 필요합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="129"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1에는 YYYY-MM-DD 형식의 날짜가 필요합니다. &apos;%2&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="134"/>
        <source>--kind must be one of %1, not &apos;%2&apos;.</source>
        <translation>--kind는 %1 중 하나여야 합니다. &apos;%2&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="185"/>
        <source>Cliffhanger: what is actually known about the next season of your shows.</source>
        <translation>Cliffhanger: 보는 프로그램의 다음 시즌에 대해 실제로 알려진 것.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>The command to run (see below).</source>
        <translation>실행할 명령 (아래 참고).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="209"/>
        <source>no command given.</source>
        <translation>명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>the option --%1 needs a command.</source>
        <translation>--%1 옵션에는 명령이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="217"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>알 수 없는 명령 &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="224"/>
        <source>the option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 옵션은 &apos;%2&apos;에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>&apos;%1&apos; needs more arguments: %2</source>
        <translation>&apos;%1&apos;에 인수가 더 필요합니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>too many arguments for &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;의 인수가 너무 많습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="235"/>
        <source>--%1 needs a value.</source>
        <translation>--%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="253"/>
        <source>cliffhanger: --reset-db: %1</source>
        <translation>cliffhanger: --reset-db: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="257"/>
        <source>cliffhanger: --reset-db: the old file was moved to %1 (kept as it was); starting a fresh database at %2.</source>
        <translation>cliffhanger: --reset-db: 기존 파일을 %1(으)로 옮겼습니다 (내용은 그대로임). %2에서 새 데이터베이스를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="263"/>
        <source>cliffhanger: --reset-db: %1 opens as it is; it was not reset.</source>
        <translation>cliffhanger: --reset-db: %1은(는) 문제없이 열리므로 초기화하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="269"/>
        <source>cliffhanger: to keep this file as a backup and start a fresh database: cliffhanger --db %1 --reset-db</source>
        <translation>cliffhanger: 이 파일을 백업으로 남기고 새 데이터베이스를 시작하려면: cliffhanger --db %1 --reset-db</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="281"/>
        <source>cliffhanger: the database is busy (Cliffhanger&apos;s window is writing to it); waiting...</source>
        <translation>cliffhanger: 데이터베이스가 사용 중입니다(Cliffhanger 창이 쓰는 중). 기다리는 중...</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="288"/>
        <source>cliffhanger: cannot import the default data: %1</source>
        <translation>cliffhanger: 기본 데이터를 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="35"/>
        <source>no feed &apos;%1&apos;. &apos;cliffhanger feeds list&apos; shows the feeds.</source>
        <translation>&apos;%1&apos; 피드가 없습니다. &apos;cliffhanger feeds list&apos;로 피드 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="53"/>
        <source>No feeds. Add one with &apos;cliffhanger feeds add URL&apos;.</source>
        <translation>피드가 없습니다. &apos;cliffhanger feeds add URL&apos;로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="56"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="59"/>
        <source>deferred until %1</source>
        <translation>%1까지 보류</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="66"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="67"/>
        <source>last sync %1</source>
        <translation>마지막 동기화 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="80"/>
        <source>&apos;feeds add&apos; needs exactly one URL.</source>
        <translation>&apos;feeds add&apos;에는 URL이 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="91"/>
        <source>--interval needs minutes between 5 and 43200, not &apos;%1&apos;.</source>
        <translation>--interval에는 5에서 43200 사이의 분 단위 값이 필요합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="97"/>
        <source>--tier must be one of %1, not &apos;%2&apos;.</source>
        <translation>--tier는 %1 중 하나여야 합니다. &apos;%2&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="106"/>
        <source>Added feed %1: %2. &apos;cliffhanger sync --feed %1&apos; fetches it now.</source>
        <translation>피드 %1을(를) 추가했습니다: %2. &apos;cliffhanger sync --feed %1&apos;로 지금 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="116"/>
        <source>&apos;feeds remove&apos; needs exactly one URL or id.</source>
        <translation>&apos;feeds remove&apos;에는 URL 또는 ID가 정확히 하나 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="126"/>
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>저장된 기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="127"/>
        <location filename="../app/cli/ledgercommands.cpp" line="60"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>주장 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="130"/>
        <source>Removing %1 deletes its %2. The %3 they gave stay in the ledger, marked as from a removed feed. Run again with --yes to remove it.</source>
        <translation>%1을(를) 삭제하면 %2도 함께 삭제됩니다. 그 기사에서 나온 %3은(는) 삭제된 피드의 것으로 표시되어 기록에 남습니다. 삭제하려면 --yes를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="139"/>
        <source>Removed feed %1 and its %2; the %3 they gave stay in the ledger.</source>
        <translation>피드 %1과(와) %2을(를) 삭제했습니다. 그 기사에서 나온 %3은(는) 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="156"/>
        <source>&apos;feeds list&apos; takes no arguments.</source>
        <translation>&apos;feeds list&apos;는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="163"/>
        <source>unknown feeds command &apos;%1&apos;: use list, add or remove.</source>
        <translation>알 수 없는 feeds 명령 &apos;%1&apos;: list, add, remove 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="178"/>
        <source>--all and --feed cannot be used together.</source>
        <translation>--all과 --feed는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/syncreportline.cpp" line="23"/>
        <source>%1  %2  the host asked us to wait; deferred until %3 (%4)</source>
        <translation>%1  %2  서버가 기다려 달라고 해서 %3까지 보류함 (%4)</translation>
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
            <numerusform>새 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/syncreportline.cpp" line="35"/>
        <source>%n updated</source>
        <translation>
            <numerusform>갱신 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="210"/>
        <source>    warning: %1</source>
        <translation>    경고: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="215"/>
        <source>No feed is due; &apos;cliffhanger sync --feed URL&apos; syncs one now.</source>
        <translation>동기화할 때가 된 피드가 없습니다. &apos;cliffhanger sync --feed URL&apos;로 지금 하나를 동기화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="224"/>
        <location filename="../app/cli/watchcommands.cpp" line="477"/>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="226"/>
        <source>Calendar file %1 updated (%n event(s)).</source>
        <translation>
            <numerusform>캘린더 파일 %1을(를) 업데이트했습니다(일정 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="263"/>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="278"/>
        <source>List, add or remove the feeds Cliffhanger keeps in sync.</source>
        <translation>Cliffhanger가 동기화하는 피드를 보거나 추가하거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="287"/>
        <source>Fetch every due feed, the named one, or with --all every feed now, and store what changed. Exit 1 if any feed failed (a feed deferred by its host is no failure).</source>
        <translation>동기화할 때가 된 피드, 지정한 피드, 또는 --all이면 모든 피드를 지금 가져와 바뀐 내용을 저장합니다. 실패한 피드가 있으면 1로 종료합니다 (서버가 보류시킨 피드는 실패가 아님).</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="296"/>
        <source>The stored news articles, newest first.</source>
        <translation>저장된 뉴스 기사 (최신순).</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="52"/>
        <source>No shows yet. Add a feed, or start without --no-default-data.</source>
        <translation>아직 프로그램이 없습니다. 피드를 추가하거나 --no-default-data 없이 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="58"/>
        <source>unknown network</source>
        <translation>방송사 미상</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="69"/>
        <source>  Release: %1</source>
        <translation>  공개: %1</translation>
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
            <numerusform>시즌 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ledgercommands.cpp" line="72"/>
        <source> (%1, from %2; %n other source(s) agree)</source>
        <translation>
            <numerusform> (%1, 출처 %2; 다른 출처 %n곳이 동의)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="78"/>
        <source>  Release: no date known</source>
        <translation>  공개: 날짜 미정</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="81"/>
        <source>  Episodes expected: %1</source>
        <translation>  예상 에피소드 수: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="83"/>
        <source>    %1  %2  (%3, %4, missed)</source>
        <translation>    %1  %2  (%3, %4, 빗나감)</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="84"/>
        <source>    %1  %2  (%3, %4)</source>
        <translation>    %1  %2  (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="119"/>
        <source>Season %1: %2</source>
        <translation>시즌 %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="123"/>
        <source>  %1. %2  %3</source>
        <translation>  %1. %2  %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="126"/>
        <source>date unknown</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="131"/>
        <source>Cast (status for season %1):</source>
        <translation>출연진 (시즌 %1 기준):</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="133"/>
        <source>  %1 as %2: %3</source>
        <translation>  %1 (%2 역): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="143"/>
        <source>&apos;claims review&apos; needs a claim id and a verdict: claims review ID confirm|dismiss|wrong.</source>
        <translation>&apos;claims review&apos;에는 주장 ID와 판정이 필요합니다: claims review ID confirm|dismiss|wrong.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="148"/>
        <source>&apos;%1&apos; is not a claim id.</source>
        <translation>&apos;%1&apos;은(는) 주장 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="161"/>
        <source>Claim #%1 is now %2.</source>
        <translation>주장 #%1: 이제 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="176"/>
        <source>unknown claims command &apos;%1&apos;: use &apos;claims&apos; or &apos;claims review ID VERDICT&apos;.</source>
        <translation>알 수 없는 claims 명령 &apos;%1&apos;: &apos;claims&apos; 또는 &apos;claims review ID VERDICT&apos;를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="209"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="229"/>
        <source>List the known shows.</source>
        <translation>알려진 프로그램 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="237"/>
        <source>A show with its seasons, episodes, cast and each season&apos;s outlook.</source>
        <translation>프로그램의 시즌, 에피소드, 출연진, 시즌별 전망.</translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="247"/>
        <source>The claims in the ledger, with their sources; or a reader&apos;s verdict on one claim.</source>
        <translation>기록에 있는 주장과 그 출처. 또는 주장 하나에 대한 사용자의 판정.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="31"/>
        <source>Show data from TVmaze (https://www.tvmaze.com), licensed CC BY-SA 4.0.</source>
        <translation>프로그램 정보 출처: TVmaze (https://www.tvmaze.com), CC BY-SA 4.0 라이선스.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="65"/>
        <source>&apos;search&apos; needs a show&apos;s name.</source>
        <translation>&apos;search&apos;에는 프로그램 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="88"/>
        <source>nothing found on TVmaze for &apos;%1&apos;.</source>
        <translation>TVmaze에서 &apos;%1&apos;에 대한 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="102"/>
        <source>&apos;cliffhanger add-show ID&apos; adds one.</source>
        <translation>&apos;cliffhanger add-show ID&apos;로 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="119"/>
        <source>&apos;add-show&apos; needs a TVmaze id (1 or more) or a show&apos;s name.</source>
        <translation>&apos;add-show&apos;에는 TVmaze ID(1 이상) 또는 프로그램 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="182"/>
        <source>Search TVmaze for shows by name: id, title, year, network and country. Exit 1 when nothing is found or TVmaze cannot answer.</source>
        <translation>TVmaze에서 이름으로 프로그램을 찾습니다: ID, 제목, 연도, 방송사, 국가. 결과가 없거나 TVmaze가 응답하지 않으면 1로 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tvmazecommands.cpp" line="191"/>
        <source>Add a show from TVmaze (by id, or the best match for a name) with its TVmaze feeds, and sync them. A show already in the library is not added again.</source>
        <translation>TVmaze에서 프로그램(ID 또는 이름으로 가장 잘 맞는 것)을 TVmaze 피드와 함께 추가하고 동기화합니다. 이미 보관함에 있는 프로그램은 다시 추가하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="139"/>
        <location filename="../app/cli/watchcommands.cpp" line="187"/>
        <source>%1 season %2</source>
        <translation>%1 시즌 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="146"/>
        <source>; season %1 %2, release %3</source>
        <translation>; 시즌 %1 %2, 공개 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="149"/>
        <source>not known</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="155"/>
        <source>Nothing followed. Follow a show with &apos;cliffhanger watch add TITLE&apos;.</source>
        <translation>팔로우 중인 프로그램이 없습니다. &apos;cliffhanger watch add TITLE&apos;로 팔로우하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="165"/>
        <source>&apos;watch list&apos; takes no title or --season.</source>
        <translation>&apos;watch list&apos;는 제목이나 --season을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="170"/>
        <source>unknown watch command &apos;%1&apos;: use watch add|remove TITLE [--season N] or watch list.</source>
        <translation>알 수 없는 watch 명령 &apos;%1&apos;: watch add|remove TITLE [--season N] 또는 watch list를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="174"/>
        <source>&apos;watch %1&apos; needs a show title.</source>
        <translation>&apos;watch %1&apos;에는 프로그램 제목이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="194"/>
        <source>Following %1.</source>
        <translation>%1을(를) 팔로우합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="195"/>
        <source>Already following %1.</source>
        <translation>이미 %1을(를) 팔로우하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="203"/>
        <source>%1 is not followed.</source>
        <translation>%1은(는) 팔로우하고 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="204"/>
        <source>No longer following %1.</source>
        <translation>%1 팔로우를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="217"/>
        <source>--%1 needs an episode number (1 or more), not &apos;%2&apos;.</source>
        <translation>--%1에는 에피소드 번호(1 이상)가 필요합니다. &apos;%2&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="234"/>
        <source>&apos;watched&apos; needs --season N.</source>
        <translation>&apos;watched&apos;에는 --season N이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="236"/>
        <source>use --episode or --up-to, not both.</source>
        <translation>--episode와 --up-to 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="247"/>
        <source>%1 season %2 has no episodes listed yet.</source>
        <translation>%1 시즌 %2에는 아직 에피소드 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="251"/>
        <source>%1 season %2 has no episode %3.</source>
        <translation>%1 시즌 %2에는 %3화가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="379"/>
        <source>calendar-file   %1</source>
        <translation>calendar-file   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="391"/>
        <source>calendar-file needs a file path, or off.</source>
        <translation>calendar-file에는 파일 경로나 off를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="466"/>
        <source>&apos;%1 %2&apos; is not a rule: use days-before N,N|none, hour 0-23, digest-day 1-7 (1 Monday), quiet-hours H-H|off, or release-day, window-changes, confirmations, renewals, digest with on|off, or calendar-file PATH|off.</source>
        <translation>&apos;%1 %2&apos;은(는) 규칙이 아닙니다. days-before N,N|none, hour 0-23, digest-day 1-7(1은 월요일), quiet-hours H-H|off, release-day, window-changes, confirmations, renewals, digest에 on|off, 또는 calendar-file PATH|off를 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="569"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%1에 일정 %n개를 썼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="573"/>
        <source>%n followed season(s) have no date a calendar can hold yet.</source>
        <translation>
            <numerusform>팔로우 중인 시즌 %n개는 아직 캘린더에 넣을 날짜가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="277"/>
        <source>Next: episode %1, %2.</source>
        <translation>다음: %1화, %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="304"/>
        <source>No reminders due.</source>
        <translation>지금 알릴 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="322"/>
        <source>--at needs a date and time such as 2026-10-16T09:00 or 2026-10-16T07:00:00Z, not &apos;%1&apos;.</source>
        <translation>--at에는 2026-10-16T09:00 또는 2026-10-16T07:00:00Z 같은 날짜와 시각이 필요합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
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
        <translation>&apos;reminders rules&apos; 또는 &apos;reminders rules set KEY VALUE&apos;를 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="142"/>
        <source>%1: %2 of %n episode(s) watched</source>
        <translation>
            <numerusform>%1: %n화 중 %2화 시청</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="271"/>
        <source>%1 season %2: %3 of %n episode(s) watched.</source>
        <translation>
            <numerusform>%1 시즌 %2: %n화 중 %3화 시청.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="490"/>
        <source>--season needs --show TITLE.</source>
        <translation>--season에는 --show TITLE이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="511"/>
        <source>%1 season %2 is not followed: &apos;cliffhanger watch add&apos; follows it.</source>
        <translation>%1 시즌 %2은(는) 팔로우하고 있지 않습니다. &apos;cliffhanger watch add&apos;로 팔로우하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="515"/>
        <source>%1 is not followed: &apos;cliffhanger watch add&apos; follows it.</source>
        <translation>%1은(는) 팔로우하고 있지 않습니다. &apos;cliffhanger watch add&apos;로 팔로우하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="530"/>
        <source>unknown reminders command &apos;%1&apos;: use reminders [deliver|rules].</source>
        <translation>알 수 없는 reminders 명령 &apos;%1&apos;: reminders [deliver|rules]를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="532"/>
        <source>too many arguments for &apos;reminders %1&apos;.</source>
        <translation>&apos;reminders %1&apos;의 인수가 너무 많습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="541"/>
        <source>&apos;reminders deliver&apos; delivers for every followed season.</source>
        <translation>&apos;reminders deliver&apos;는 팔로우 중인 모든 시즌의 알림을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="586"/>
        <source>Follow a show or one season (reminders, calendar), stop following it, or list what you follow with your progress.</source>
        <translation>프로그램이나 시즌 하나를 팔로우하거나(알림, 캘린더) 팔로우를 취소하거나, 팔로우 중인 목록을 시청 진도와 함께 봅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="595"/>
        <source>Mark a season&apos;s episodes watched (all, one, or up to one); --unset unmarks.</source>
        <translation>시즌의 에피소드를 시청함으로 표시합니다 (전체, 한 편, 또는 특정 회차까지). --unset은 표시를 지웁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="606"/>
        <source>What the followed seasons&apos; reminders say now (or at --at), without marking them; deliver prints and marks them; rules shows or sets the defaults.</source>
        <translation>팔로우 중인 시즌의 알림 내용을 지금(또는 --at 시각) 기준으로 보여 주며 표시는 하지 않습니다. deliver는 출력하고 보낸 것으로 표시하며, rules는 기본값을 보거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommands.cpp" line="616"/>
        <source>Write the followed seasons&apos; release dates as an iCalendar file (exact days and month markers only).</source>
        <translation>팔로우 중인 시즌의 공개일을 iCalendar 파일로 씁니다 (정확한 날짜와 월 표시만).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="38"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="43"/>
        <source>%1 is not a Cliffhanger database (not an SQLite file). It was left as it was; choose another file with --db.</source>
        <translation>%1은(는) Cliffhanger 데이터베이스가 아닙니다 (SQLite 파일이 아님). 파일은 그대로 두었습니다. --db로 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="67"/>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1을(를) 데이터베이스로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="70"/>
        <location filename="../app/storage/database.cpp" line="225"/>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="130"/>
        <source>%1 does not exist: there is nothing to move aside.</source>
        <translation>%1이(가) 없습니다. 옮길 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="152"/>
        <source>Cannot move %1 aside to %2: %3</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="162"/>
        <source>Cannot move %1 aside to %2; %3 was left as it was.</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다. %3은(는) 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="183"/>
        <source>%1 was written by a newer Cliffhanger (schema version %2; this version understands up to %3). It was left untouched: update Cliffhanger or choose another file with --db.</source>
        <translation>%1은(는) 더 새로운 Cliffhanger에서 만든 파일입니다 (스키마 버전 %2, 이 버전은 %3까지 읽음). 파일은 건드리지 않았습니다. Cliffhanger를 업데이트하거나 --db로 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="194"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="204"/>
        <source>%1 is damaged or unreadable (%2). It was left as it was; restore a backup or choose another file with --db.</source>
        <translation>%1이(가) 손상되었거나 읽을 수 없습니다 (%2). 파일은 그대로 두었습니다. 백업을 복원하거나 --db로 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="239"/>
        <source>%1 cannot be read as a database.</source>
        <translation>%1을(를) 데이터베이스로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="252"/>
        <source>%1 has schema version %2, not %3; it must be opened for writing first.</source>
        <translation>%1의 스키마 버전은 %3이 아니라 %2입니다. 먼저 쓰기 모드로 열어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="269"/>
        <source>%1 is damaged or unreadable (%2).</source>
        <translation>%1이(가) 손상되었거나 읽을 수 없습니다 (%2).</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="291"/>
        <source>The disk holding %1 is full. Nothing of this change was stored and the data from before is kept; free some space and try again.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 이번 변경은 저장되지 않았고 기존 데이터는 그대로입니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="295"/>
        <source>Writing to %1 failed (is the disk full or failing?). Nothing of this change was stored and the data from before is kept.</source>
        <translation>%1에 쓰지 못했습니다 (디스크가 가득 찼거나 고장 났나요?). 이번 변경은 저장되지 않았고 기존 데이터는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>DefaultFeed</name>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="22"/>
        <source>The embedded default data is missing from this build.</source>
        <translation>이 빌드에는 내장 기본 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="30"/>
        <source>Built-in: All of Us Are Dead</source>
        <translation>내장: 지금 우리 학교는</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/defaultfeed.cpp" line="38"/>
        <source>Cannot register the built-in feed.</source>
        <translation>내장 피드를 등록할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/shell/desktopnotifier.cpp" line="36"/>
        <source>no session bus</source>
        <translation>세션 버스가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/shell/desktopnotifier.cpp" line="42"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/desktopnotifier.cpp" line="70"/>
        <source>This week: %n reminder(s)</source>
        <translation>
            <numerusform>이번 주: 알림 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopPresence</name>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="101"/>
        <source>Cannot start at login: %1 cannot be written (%2).</source>
        <translation>로그인할 때 시작할 수 없습니다: %1에 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="104"/>
        <source>Still starting at login: %1 cannot be removed.</source>
        <translation>여전히 로그인할 때 시작됩니다: %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="131"/>
        <source>Open Cliffhanger</source>
        <translation>Cliffhanger 열기</translation>
    </message>
    <message>
        <location filename="../app/shell/desktoppresence.cpp" line="132"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>DisplayLabels</name>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="21"/>
        <source>Announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="23"/>
        <source>Renewed</source>
        <translation>제작 확정</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="25"/>
        <source>In production</source>
        <translation>제작 중</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="27"/>
        <source>Filming</source>
        <translation>촬영 중</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="29"/>
        <source>In post-production</source>
        <translation>후반 작업 중</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="31"/>
        <source>Released</source>
        <translation>공개됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="33"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="42"/>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="44"/>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="46"/>
        <source>Rumoured</source>
        <translation>루머</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="50"/>
        <source>Not reported</source>
        <translation>보도 없음</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="57"/>
        <source>official</source>
        <translation>공식</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="59"/>
        <source>reported</source>
        <translation>보도</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="61"/>
        <source>rumour</source>
        <translation>루머</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="63"/>
        <source>estimate</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="72"/>
        <source>Release</source>
        <translation>공개</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="74"/>
        <source>Episodes</source>
        <translation>에피소드</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="76"/>
        <source>Cast</source>
        <translation>출연진</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="78"/>
        <source>Renewal</source>
        <translation>제작 확정</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="80"/>
        <source>Production</source>
        <translation>제작</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="82"/>
        <source>Plot</source>
        <translation>줄거리</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="91"/>
        <source>open</source>
        <translation>미결</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="93"/>
        <source>confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="95"/>
        <source>contradicted</source>
        <translation>반박됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="97"/>
        <source>superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="99"/>
        <source>dismissed</source>
        <translation>무시됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="108"/>
        <source>Not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="110"/>
        <source>Updated</source>
        <translation>업데이트됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="113"/>
        <source>Up to date</source>
        <translation>최신 상태</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="115"/>
        <source>Deferred</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="117"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="127"/>
        <source>cannot reach the site</source>
        <translation>사이트에 연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="129"/>
        <source>the site answered an error</source>
        <translation>사이트가 오류를 반환함</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="131"/>
        <source>not a feed Cliffhanger can read</source>
        <translation>Cliffhanger가 읽을 수 없는 피드</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="133"/>
        <source>could not save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="140"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="155"/>
        <source>season feed</source>
        <translation>시즌 피드</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="157"/>
        <source>TVmaze show</source>
        <translation>TVmaze 프로그램</translation>
    </message>
    <message>
        <location filename="../app/domain/displaylabels.cpp" line="159"/>
        <source>TVmaze seasons</source>
        <translation>TVmaze 시즌</translation>
    </message>
</context>
<context>
    <name>DriftChart</name>
    <message numerus="yes">
        <location filename="../qml/DriftChart.qml" line="22"/>
        <source>Drift chart of %n prediction(s)</source>
        <translation>
            <numerusform>예측 %n건의 변화 차트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="114"/>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="141"/>
        <source>%1, said %2 by %3: missed</source>
        <translation>%1, %3 발표 (%2): 빗나감</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="142"/>
        <source>%1, said %2 by %3</source>
        <translation>%1, %3 발표 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/DriftChart.qml" line="154"/>
        <source>Missed: </source>
        <translation>빗나감: </translation>
    </message>
</context>
<context>
    <name>EpisodesTab</name>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="26"/>
        <source>Episodes</source>
        <translation>에피소드</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="54"/>
        <source>Season watched</source>
        <translation>시즌 시청함</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="55"/>
        <source>Mark season %1 watched</source>
        <translation>시즌 %1을(를) 시청함으로 표시</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="61"/>
        <source>Unwatch season</source>
        <translation>시즌 시청 취소</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="62"/>
        <source>Mark season %1 not watched</source>
        <translation>시즌 %1을(를) 시청 안 함으로 표시</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="69"/>
        <source>Episode %1: %2, %3</source>
        <translation>%1화: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="82"/>
        <source>Watched episode %1</source>
        <translation>%1화 시청함</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="87"/>
        <source>SP</source>
        <translation>스페셜</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="93"/>
        <source>Episode %1</source>
        <translation>%1화</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="106"/>
        <source>Up to here</source>
        <translation>여기까지</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="107"/>
        <source>Mark episodes 1 to %1 watched</source>
        <translation>1~%1화를 시청함으로 표시</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="113"/>
        <source>date unknown</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <location filename="../qml/EpisodesTab.qml" line="123"/>
        <source>No episodes are known yet.</source>
        <translation>아직 알려진 에피소드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="146"/>
        <source>Invalid feed address: %1</source>
        <translation>잘못된 피드 주소: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="148"/>
        <source>Unsupported address scheme &quot;%1&quot;: feeds are https, http, file or qrc addresses.</source>
        <translation>지원하지 않는 주소 형식 &quot;%1&quot;: 피드 주소는 https, http, file, qrc만 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="175"/>
        <source>The fetch was cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="181"/>
        <source>Not requested: %1 asked to wait until %2.</source>
        <translation>요청하지 않음: %1이(가) %2까지 기다려 달라고 했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="265"/>
        <source>The server sent the feed in an unsupported encoding (Content-Encoding: %1).</source>
        <translation>서버가 지원하지 않는 인코딩으로 피드를 보냈습니다 (Content-Encoding: %1).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="419"/>
        <source>%1; not asking this host again before %2.</source>
        <translation>%1. %2 전에는 이 서버에 다시 요청하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="434"/>
        <source>%1 redirect without a Location.</source>
        <translation>Location 없는 %1 리디렉션.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="448"/>
        <source>Redirect loop: %1 leads back to %2.</source>
        <translation>리디렉션 반복: %1이(가) 다시 %2(으)로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/feedfetcher.cpp" line="453"/>
        <source>Too many redirects (more than %1).</source>
        <translation>리디렉션이 너무 많습니다 (%1회 초과).</translation>
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
        <translation>%1ms</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="130"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="136"/>
        <source>The response is larger than the %1 size limit.</source>
        <translation>응답이 크기 제한(%1)보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="143"/>
        <source>The server sent compressed data that is corrupt or cut short.</source>
        <translation>서버가 보낸 압축 데이터가 손상되었거나 중간에 끊겼습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="149"/>
        <source>Timed out: %1 sent nothing for %2.</source>
        <translation>시간 초과: %1이(가) %2 동안 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="155"/>
        <source>Timed out: the download did not finish within %1.</source>
        <translation>시간 초과: %1 안에 다운로드가 끝나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="164"/>
        <source>Connection refused by %1.</source>
        <translation>%1이(가) 연결을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="166"/>
        <source>Host %1 not found (DNS lookup failed).</source>
        <translation>호스트 %1을(를) 찾을 수 없습니다 (DNS 조회 실패).</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="169"/>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1이(가) 응답을 다 보내기 전에 연결을 끊었습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="173"/>
        <source>Secure connection (TLS) to %1 failed: %2</source>
        <translation>%1과(와)의 보안 연결(TLS)에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="179"/>
        <source>The network is not available: %1</source>
        <translation>네트워크를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="186"/>
        <source>The proxy failed: %1</source>
        <translation>프록시 오류: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/httpmessages.cpp" line="188"/>
        <source>Network error with %1: %2</source>
        <translation>%1 네트워크 오류: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="50"/>
        <source>%1 is not a file on this computer.</source>
        <translation>%1은(는) 이 컴퓨터에 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="56"/>
        <source>Built-in resource %1 does not exist.</source>
        <translation>내장 리소스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="59"/>
        <source>File not found: %1</source>
        <translation>파일을 찾을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="63"/>
        <source>%1 is a folder, not a feed file.</source>
        <translation>%1은(는) 피드 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/localfetch.cpp" line="70"/>
        <location filename="../app/feeds/http/localfetch.cpp" line="77"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="10"/>
        <source>The server redirected to an invalid address (%1).</source>
        <translation>서버가 잘못된 주소(%1)로 리디렉션했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="16"/>
        <source>Refused a redirect to a non-web address (%1).</source>
        <translation>웹 주소가 아닌 곳(%1)으로의 리디렉션을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/http/redirectrules.cpp" line="21"/>
        <source>Refused a redirect from a secure https address to an insecure http one (%1).</source>
        <translation>안전한 https 주소에서 안전하지 않은 http 주소(%1)로의 리디렉션을 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>FeedIngest</name>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="58"/>
        <source>Not a format Cliffhanger reads.</source>
        <translation>Cliffhanger가 읽을 수 있는 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="131"/>
        <source>The feed is empty.</source>
        <translation>피드가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="132"/>
        <source>This is not a feed Cliffhanger can read (RSS, Atom, RDF, JSON Feed, season feed or TVmaze).</source>
        <translation>Cliffhanger가 읽을 수 있는 피드가 아닙니다 (RSS, Atom, RDF, JSON Feed, 시즌 피드, TVmaze).</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="156"/>
        <source>The database is busy; try again.</source>
        <translation>데이터베이스가 사용 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/feeds/sync/feedingest.cpp" line="195"/>
        <source>Could not store the feed: %1</source>
        <translation>피드를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <location filename="../app/models/feedlistmodel.cpp" line="16"/>
        <source>Deferred until %1</source>
        <translation>%1까지 보류</translation>
    </message>
    <message>
        <location filename="../app/models/feedlistmodel.cpp" line="57"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>FeedStore</name>
    <message>
        <location filename="../app/storage/feedstore.cpp" line="63"/>
        <source>The feed %1 is already in the list.</source>
        <translation>피드 %1은(는) 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/feedstore.cpp" line="108"/>
        <source>The database is busy; try again.</source>
        <translation>데이터베이스가 사용 중입니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>FeedUrl</name>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="16"/>
        <source>&apos;%1&apos; is not a valid feed address.</source>
        <translation>&apos;%1&apos;은(는) 올바른 피드 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="23"/>
        <source>&apos;%1&apos; uses the %2: scheme; feeds must use https, http, file or qrc.</source>
        <translation>&apos;%1&apos;은(는) %2: 형식을 씁니다. 피드는 https, http, file, qrc만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="30"/>
        <source>&apos;%1&apos; has no host name.</source>
        <translation>&apos;%1&apos;에 호스트 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedurl.cpp" line="34"/>
        <source>&apos;%1&apos; must be an absolute file path.</source>
        <translation>&apos;%1&apos;은(는) 절대 파일 경로여야 합니다.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="66"/>
        <source>Its %n stored article(s) will be deleted.</source>
        <translation>
            <numerusform>저장된 기사 %n건이 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="68"/>
        <source>%n claim(s) from them stay in the ledger, marked “feed removed”.</source>
        <translation>
            <numerusform>그 기사에서 나온 주장 %n건은 “삭제된 피드”로 표시되어 기록에 남습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../qml/FeedsPage.qml" line="37"/>
        <location filename="../qml/FeedsPage.qml" line="112"/>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="52"/>
        <source>Sync all</source>
        <translation>모두 동기화</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="60"/>
        <source>Add a feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="70"/>
        <source>https://example.com/feed.xml</source>
        <translation>https://example.com/feed.xml</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="72"/>
        <source>Feed address</source>
        <translation>피드 주소</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="78"/>
        <source>Name (optional)</source>
        <translation>이름 (선택)</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="80"/>
        <source>Feed name</source>
        <translation>피드 이름</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="85"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FeedsPage.qml" line="168"/>
        <source>%1 · last sync %2 · %n item(s)</source>
        <translation>
            <numerusform>%1 · 마지막 동기화 %2 · 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="189"/>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="195"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="198"/>
        <source>Remove feed: %1</source>
        <translation>피드 삭제: %1</translation>
    </message>
    <message>
        <location filename="../qml/FeedsPage.qml" line="216"/>
        <source>Remove “%1”?</source>
        <translation>“%1”을(를) 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="28"/>
        <location filename="../qml/HomePage.qml" line="50"/>
        <source>Coming up</source>
        <translation>공개 예정</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="35"/>
        <source>%n show(s) with a season on the way</source>
        <translation>
            <numerusform>새 시즌을 기다리는 프로그램 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="63"/>
        <source>No awaited season. Every show in the library is released or cancelled.</source>
        <translation>기다리는 시즌이 없습니다. 보관함의 모든 프로그램이 공개되었거나 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="79"/>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="120"/>
        <source>Told %1</source>
        <translation>%1에 알림</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="120"/>
        <source>Due %1</source>
        <translation>%1 예정</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="128"/>
        <location filename="../qml/HomePage.qml" line="150"/>
        <source>What changed lately</source>
        <translation>최근 바뀐 내용</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="135"/>
        <source>The newest moves of the outlook, with their sources</source>
        <translation>전망의 최근 변화와 그 출처</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="164"/>
        <source>%1 season %2: %3, from %4, %5</source>
        <translation>%1 시즌 %2: %3, 출처 %4, %5</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="174"/>
        <source>%1 · season %2</source>
        <translation>%1 · 시즌 %2</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="189"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="202"/>
        <source>Nothing has moved yet.</source>
        <translation>아직 바뀐 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="220"/>
        <source>No shows yet</source>
        <translation>아직 프로그램이 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="228"/>
        <source>Add a feed on the Feeds page (Ctrl+4): a season feed, a TVmaze show or a news feed. Its shows appear here with their next release.</source>
        <translation>피드 페이지(Ctrl+4)에서 시즌 피드, TVmaze 프로그램, 뉴스 피드 중 하나를 추가하세요. 그 피드의 프로그램이 다음 공개 시기와 함께 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="234"/>
        <source>Go to Feeds</source>
        <translation>피드로 이동</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="40"/>
        <source>Precision: %1 (%2)</source>
        <translation>정밀도: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="41"/>
        <source>Tier: %1</source>
        <translation>신뢰 등급: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="42"/>
        <source>Basis: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="44"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="46"/>
        <source>Source URL: %1</source>
        <translation>출처 URL: %1</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="127"/>
        <source>%1 season %2</source>
        <translation>%1 시즌 %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="132"/>
        <source>%1 premieres</source>
        <translation>%1 공개</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="142"/>
        <source>%1: %2 at the earliest (expected %3)</source>
        <translation>%1: 빨라도 %2 (예상 %3)</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="153"/>
        <source>%1: expected %2 (a window, not a date)</source>
        <translation>%1: %2 예상 (날짜가 아닌 기간)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../qml/LibraryPage.qml" line="34"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="44"/>
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>프로그램 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="45"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>프로그램 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="58"/>
        <source>Find a show by title, original title or network (Ctrl+F)</source>
        <translation>제목, 원제, 방송사로 프로그램 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="67"/>
        <source>Find a show</source>
        <translation>프로그램 찾기</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="70"/>
        <source>Sort by</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Next release</source>
        <translation>다음 공개</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="78"/>
        <source>Last change</source>
        <translation>최근 변경</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="81"/>
        <source>Sort the library by</source>
        <translation>보관함 정렬 기준</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="96"/>
        <source>Shows</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="111"/>
        <source>No show matches “%1”.</source>
        <translation>“%1”에 맞는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/LibraryPage.qml" line="112"/>
        <source>No shows yet: add a feed on the Feeds page.</source>
        <translation>아직 프로그램이 없습니다. 피드 페이지에서 피드를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32"/>
        <source>Show</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33"/>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>Settings</source>
        <translation>설정</translation>
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
        <translation>Cliffhanger가 데이터를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="217"/>
        <source>You can start afresh: the file is kept as a backup beside it, unchanged, and Cliffhanger begins again with its built-in data.</source>
        <translation>새로 시작할 수 있습니다. 이 파일은 손대지 않은 채 같은 폴더에 백업으로 남고, Cliffhanger는 내장 데이터로 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="226"/>
        <source>Start afresh…</source>
        <translation>새로 시작…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="248"/>
        <source>Start afresh, keeping %1 as a backup</source>
        <translation>%1을(를) 백업으로 두고 새로 시작</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="345"/>
        <source>%1 page (%2)</source>
        <translation>%1 페이지 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="357"/>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="357"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>프로그램 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="366"/>
        <source>Add show…</source>
        <translation>프로그램 추가…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="383"/>
        <source>Add a show from TVmaze (Ctrl+N)</source>
        <translation>TVmaze에서 프로그램 추가 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="388"/>
        <source>Sync all</source>
        <translation>모두 동기화</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="395"/>
        <source>Sync every feed now (Ctrl+R)</source>
        <translation>모든 피드를 지금 동기화 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="431"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="438"/>
        <source>Dismiss message: %1</source>
        <translation>메시지 닫기: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/migrations.cpp" line="364"/>
        <source>Cannot read the schema version of the database.</source>
        <translation>데이터베이스의 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="373"/>
        <source>Cannot start a migration transaction.</source>
        <translation>마이그레이션 트랜잭션을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="382"/>
        <source>a reference between tables is broken</source>
        <translation>테이블 사이의 참조가 깨졌습니다</translation>
    </message>
    <message>
        <location filename="../app/storage/migrations.cpp" line="397"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>스키마 버전 %1(으)로 마이그레이션하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>NewsFeedParser</name>
    <message numerus="yes">
        <location filename="../app/feeds/news/feedencoding.cpp" line="102"/>
        <source>The document declares no encoding and is not valid UTF-8: it reads as UTF-8 but for %n invalid byte(s), which were replaced.</source>
        <translation>
            <numerusform>문서에 인코딩 선언이 없고 올바른 UTF-8도 아닙니다. 잘못된 바이트 %n개를 대체하고 UTF-8로 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="109"/>
        <source>The document declares no encoding and is not valid UTF-8; it was read as windows-1252.</source>
        <translation>문서에 인코딩 선언이 없고 올바른 UTF-8도 아니어서 windows-1252로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="124"/>
        <source>The XML declaration names the encoding “%1”, which cannot be used; the document was read with the next best guess.</source>
        <translation>XML 선언의 인코딩 “%1”은(는) 쓸 수 없어서 가장 그럴듯한 다른 인코딩으로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/feedencoding.cpp" line="139"/>
        <source>The HTTP charset “%1” cannot be used; the document was read with the next best guess.</source>
        <translation>HTTP 문자 집합 “%1”은(는) 쓸 수 없어서 가장 그럴듯한 다른 인코딩으로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/itemfinisher.cpp" line="149"/>
        <source>Item %1 has no id, title, link, date, author or text; it was skipped.</source>
        <translation>항목 %1에 ID, 제목, 링크, 날짜, 작성자, 본문이 모두 없어서 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="177"/>
        <source>%n date(s) could not be read, for example “%1”.</source>
        <translation>
            <numerusform>날짜 %n개를 읽지 못했습니다 (예: “%1”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="183"/>
        <source>%n link(s) that were not web addresses were dropped, for example “%1”.</source>
        <translation>
            <numerusform>웹 주소가 아닌 링크 %n개를 뺐습니다 (예: “%1”).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/news/jsonfeedparser.cpp" line="223"/>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>항목 %1은(는) JSON 객체가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/jsonfeedparser.cpp" line="232"/>
        <source>Item %1: the field “%2” has the wrong type and was ignored.</source>
        <translation>항목 %1: 필드 “%2”의 형식이 잘못되어 무시했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="77"/>
        <source>The document is JSON but not a JSON Feed: its “version” does not name jsonfeed.org version 1.</source>
        <translation>문서가 JSON이지만 JSON Feed는 아닙니다. “version”이 jsonfeed.org 버전 1이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="82"/>
        <source>The document is an HTML page, not a news feed.</source>
        <translation>문서가 뉴스 피드가 아니라 HTML 페이지입니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="85"/>
        <source>The document is XML with the root element &lt;%1&gt;, not a news feed (RSS, RDF, Atom or JSON Feed).</source>
        <translation>문서가 루트 요소 &lt;%1&gt;인 XML이며 뉴스 피드(RSS, RDF, Atom, JSON Feed)가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="90"/>
        <source>The document is neither XML nor JSON, so it is not a news feed.</source>
        <translation>문서가 XML도 JSON도 아니므로 뉴스 피드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="98"/>
        <source>an element is not closed or its end tag does not match (is the document truncated?)</source>
        <translation>닫히지 않은 요소가 있거나 끝 태그가 맞지 않습니다 (문서가 잘렸나요?)</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="103"/>
        <source>malformed start tag</source>
        <translation>잘못된 시작 태그</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="105"/>
        <source>malformed end tag</source>
        <translation>잘못된 끝 태그</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="107"/>
        <source>malformed attribute</source>
        <translation>잘못된 속성</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="109"/>
        <source>malformed comment</source>
        <translation>잘못된 주석</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="111"/>
        <source>malformed CDATA section</source>
        <translation>잘못된 CDATA 구역</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="113"/>
        <source>malformed DOCTYPE</source>
        <translation>잘못된 DOCTYPE</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="115"/>
        <source>malformed processing instruction</source>
        <translation>잘못된 처리 명령</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="117"/>
        <source>no root element</source>
        <translation>루트 요소 없음</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="119"/>
        <source>malformed markup</source>
        <translation>잘못된 마크업</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="141"/>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="166"/>
        <source>The document is empty.</source>
        <translation>문서가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="218"/>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>JSON 형식 오류 (%1): %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="246"/>
        <source>The XML is malformed at %1: %2.</source>
        <translation>XML 형식 오류 (%1): %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/newsfeedparser.cpp" line="254"/>
        <source>The document&apos;s DTD declares entities; they were ignored, not expanded.</source>
        <translation>문서의 DTD가 엔티티를 선언했지만 확장하지 않고 무시했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/rdfparser.cpp" line="36"/>
        <source>The RSS 1.0 document has no &lt;channel&gt; element.</source>
        <translation>RSS 1.0 문서에 &lt;channel&gt; 요소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/news/rssparser.cpp" line="185"/>
        <source>The RSS document has no &lt;channel&gt; element.</source>
        <translation>RSS 문서에 &lt;channel&gt; 요소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>NewsTab</name>
    <message>
        <location filename="../qml/NewsTab.qml" line="24"/>
        <source>News</source>
        <translation>뉴스</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="44"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="101"/>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="104"/>
        <source>Open in browser: %1</source>
        <translation>브라우저에서 열기: %1</translation>
    </message>
    <message>
        <location filename="../qml/NewsTab.qml" line="110"/>
        <source>No articles about this show yet. News feeds you add on the Feeds page appear here.</source>
        <translation>아직 이 프로그램에 관한 기사가 없습니다. 피드 페이지에서 추가한 뉴스 피드의 기사가 여기에 나타납니다.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../app/cli/options.cpp" line="17"/>
        <source>Use the database at PATH instead of the default.</source>
        <translation>기본 위치 대신 PATH의 데이터베이스를 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="20"/>
        <source>Use the language CODE (en, ko, es) instead of the system&apos;s.</source>
        <translation>시스템 언어 대신 CODE 언어(en, ko, es)를 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="23"/>
        <source>Do not import the embedded default data into an empty database.</source>
        <translation>빈 데이터베이스에 내장 기본 데이터를 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="27"/>
        <source>If the database cannot be opened (not an SQLite file, damaged, written by a newer version), move it aside as a dated backup next to it and start a fresh one. A database that opens is left as it is.</source>
        <translation>데이터베이스를 열 수 없으면(SQLite 파일이 아니거나, 손상되었거나, 더 새로운 버전에서 만든 경우) 같은 폴더에 날짜가 붙은 백업으로 옮기고 새로 시작합니다. 열리는 데이터베이스는 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="33"/>
        <source>Ask the TVmaze API at URL (default https://api.tvmaze.com), e.g. a mirror or a test server.</source>
        <translation>URL의 TVmaze API에 요청합니다 (기본값 https://api.tvmaze.com). 예: 미러나 테스트 서버.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="37"/>
        <source>Print JSON for scripts.</source>
        <translation>스크립트용 JSON을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="39"/>
        <source>Only the show with this title or alias (the window: open this show).</source>
        <translation>이 제목이나 별칭의 프로그램만 (창: 이 프로그램을 엽니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="42"/>
        <source>Only season N.</source>
        <translation>시즌 N만.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="44"/>
        <source>Only claims of this kind (release_window, episode_count, cast, renewal, production, plot).</source>
        <translation>이 종류의 주장만 (release_window, episode_count, cast, renewal, production, plot).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="47"/>
        <source>Only the feed with this URL or id.</source>
        <translation>이 URL이나 ID의 피드만.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="48"/>
        <source>A display name for the feed.</source>
        <translation>피드에 표시할 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="49"/>
        <source>Minutes between syncs of the feed (default 360).</source>
        <translation>피드 동기화 간격(분, 기본값 360).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="52"/>
        <source>How much to trust the feed: official, reported, rumour or estimate.</source>
        <translation>피드의 신뢰 등급: official, reported, rumour, estimate.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="55"/>
        <source>Extract again from every stored article.</source>
        <translation>저장된 모든 기사에서 다시 추출합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="57"/>
        <source>Every feed, due or not.</source>
        <translation>때가 되었든 아니든 모든 피드.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="58"/>
        <source>Do it without asking (for scripts).</source>
        <translation>묻지 않고 실행합니다 (스크립트용).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="60"/>
        <source>Read the article FILE and say, per sentence, which rule gave which claim, or why none did (nothing is stored).</source>
        <translation>기사 파일 FILE을 읽고 문장마다 어떤 규칙이 어떤 주장을 만들었는지, 또는 왜 아무것도 만들지 않았는지 알려 줍니다 (저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="64"/>
        <source>The article&apos;s publication date (YYYY-MM-DD) for --explain; relative dates resolve against it (default: today).</source>
        <translation>--explain에 쓸 기사 발행일(YYYY-MM-DD). 상대적인 날짜는 이 날짜를 기준으로 해석합니다 (기본값: 오늘).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="68"/>
        <source>Judge predictions as of DATE (YYYY-MM-DD) instead of today: a window whose latest day is before it is missed.</source>
        <translation>오늘 대신 DATE(YYYY-MM-DD) 기준으로 예측을 판단합니다. 마지막 날이 그 전인 시기는 빗나간 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="72"/>
        <source>The window: render a page offscreen into FILE (PNG) and exit.</source>
        <translation>창: 페이지를 화면 밖에서 FILE(PNG)로 그리고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="75"/>
        <source>The window: the page to show (home, library, show, cast, episodes, claims, news, feeds, settings).</source>
        <translation>창: 보여 줄 페이지 (home, library, show, cast, episodes, claims, news, feeds, settings).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="78"/>
        <source>The window: its size, e.g. 1280x800.</source>
        <translation>창: 크기 (예: 1280x800).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="80"/>
        <source>The window: light, dark or system, for this run.</source>
        <translation>창: 이번 실행의 테마 (light, dark, system).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="83"/>
        <source>The window: print the milliseconds from start to the first frame, exit.</source>
        <translation>창: 시작부터 첫 프레임까지 걸린 밀리초를 출력하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="87"/>
        <source>The window: start in the tray when tray residence is on and the desktop has a tray, else minimized (start at login uses it).</source>
        <translation>창: 트레이 상주가 켜져 있고 데스크톱에 트레이가 있으면 트레이에서, 아니면 최소화된 상태로 시작합니다(로그인 시 시작에서 사용).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="91"/>
        <source>Only episode M.</source>
        <translation>에피소드 M만.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="92"/>
        <source>Every episode up to and including M.</source>
        <translation>에피소드 M까지 모두.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="93"/>
        <source>Mark as not watched.</source>
        <translation>시청 안 함으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="94"/>
        <source>At this moment instead of now (ISO 8601 date and time).</source>
        <translation>지금 대신 이 시각 기준 (ISO 8601 날짜와 시각).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="96"/>
        <source>Only officially confirmed dates.</source>
        <translation>공식 확정된 날짜만.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="99"/>
        <source>Windows wider than a month as tentative blocks over all their days.</source>
        <translation>한 달보다 넓은 기간은 그 모든 날에 걸친 미정 일정으로 넣습니다.</translation>
    </message>
</context>
<context>
    <name>OutlookCard</name>
    <message>
        <location filename="../qml/OutlookCard.qml" line="11"/>
        <source>Season %1 outlook</source>
        <translation>시즌 %1 전망</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="23"/>
        <source>· %1 episodes expected</source>
        <translation>· %1부작 예상</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="31"/>
        <source>No date known yet</source>
        <translation>아직 날짜 미정</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="41"/>
        <source>Source: %1 (%2)</source>
        <translation>출처: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="49"/>
        <source>Independent sources agreeing: %1</source>
        <translation>일치하는 독립 출처: %1</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="50"/>
        <source>No other source agrees yet</source>
        <translation>아직 일치하는 다른 출처가 없습니다</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="58"/>
        <source>Spread of the predictions still open: %1</source>
        <translation>아직 유효한 예측의 범위: %1</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="70"/>
        <source>How the prediction changed</source>
        <translation>예측의 변화</translation>
    </message>
    <message>
        <location filename="../qml/OutlookCard.qml" line="101"/>
        <source>%1 (missed)</source>
        <translation>%1 (빗나감)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../qml/OverviewTab.qml" line="35"/>
        <source>How the predictions drifted</source>
        <translation>예측은 어떻게 바뀌었나</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="50"/>
        <source>Each bar runs from a prediction&apos;s earliest to its latest day, placed where it was said. Grey, struck bars were missed.</source>
        <translation>막대는 각 예측의 가장 이른 날부터 가장 늦은 날까지이며, 예측이 나온 시점에 놓입니다. 회색 취소선 막대는 빗나간 예측입니다.</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="58"/>
        <source>Production</source>
        <translation>제작</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="65"/>
        <source>No production news yet.</source>
        <translation>아직 제작 소식이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qml/OverviewTab.qml" line="98"/>
        <source>About the show</source>
        <translation>프로그램 정보</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="41"/>
        <source>unterminated object</source>
        <translation>끝나지 않은 객체</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="44"/>
        <source>missing name separator</source>
        <translation>이름 구분자 없음</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="47"/>
        <source>unterminated array</source>
        <translation>끝나지 않은 배열</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="50"/>
        <source>missing value separator</source>
        <translation>값 구분자 없음</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="53"/>
        <source>illegal value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="56"/>
        <source>invalid termination by number</source>
        <translation>숫자로 잘못 끝남</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="59"/>
        <source>illegal number</source>
        <translation>잘못된 숫자</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="62"/>
        <source>invalid escape sequence</source>
        <translation>잘못된 이스케이프 시퀀스</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="65"/>
        <source>invalid UTF8 string</source>
        <translation>잘못된 UTF-8 문자열</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="68"/>
        <source>unterminated string</source>
        <translation>끝나지 않은 문자열</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="71"/>
        <source>object is missing after a comma</source>
        <translation>쉼표 뒤에 객체가 없음</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="74"/>
        <source>too deeply nested document</source>
        <translation>문서가 너무 깊게 중첩됨</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="77"/>
        <source>too large document</source>
        <translation>문서가 너무 큼</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/jsontree.cpp" line="80"/>
        <source>garbage at the end of the document</source>
        <translation>문서 끝에 불필요한 내용이 있음</translation>
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
            <numerusform>%1에 일정 %n개를 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/remindersettingscontroller.cpp" line="169"/>
        <source>Days before: whole numbers from 1 to 365 separated by commas, such as 7, 1 (or none), not “%1”.</source>
        <translation>며칠 전: 7, 1처럼 쉼표로 구분한 1~365 사이의 정수(또는 none)를 쓰세요. “%1”은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/models/remindersettingscontroller.cpp" line="196"/>
        <source>Choose a file name for the calendar, such as releases.ics.</source>
        <translation>releases.ics처럼 캘린더 파일 이름을 정하세요.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="32"/>
        <source>%1 season %2</source>
        <translation>%1 시즌 %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="52"/>
        <source>no date known</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="59"/>
        <source>from the episode list</source>
        <translation>에피소드 목록 기준</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="61"/>
        <source>the announced premiere</source>
        <translation>발표된 첫 공개일</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="67"/>
        <source>%1, from %2</source>
        <translation>%1, 출처 %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="95"/>
        <location filename="../app/outlook/reminderrules.cpp" line="91"/>
        <source>%1 is out today</source>
        <translation>%1 오늘 공개</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="92"/>
        <source>Released on %1 (%2).</source>
        <translation>%1 공개 (%2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="91"/>
        <location filename="../app/outlook/reminderrules.cpp" line="107"/>
        <source>%1 is out tomorrow</source>
        <translation>%1 내일 공개</translation>
    </message>
    <message>
        <location filename="../app/outlook/icalendar.cpp" line="92"/>
        <location filename="../app/outlook/reminderrules.cpp" line="108"/>
        <source>%1 is out in %2 days</source>
        <translation>%1 %2일 뒤 공개</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="109"/>
        <source>Due on %1 (%2).</source>
        <translation>%1 공개 예정 (%2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="130"/>
        <source>%1: release narrowed to %2</source>
        <translation>%1: 공개 시기가 %2(으)로 좁혀짐</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="131"/>
        <source>%1: release now %2</source>
        <translation>%1: 공개 시기가 이제 %2</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="132"/>
        <source>Before: %1. After: %2.</source>
        <translation>이전: %1. 이후: %2.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="134"/>
        <source>Source: %1.</source>
        <translation>출처: %1.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="145"/>
        <source>%1: %2 episodes confirmed</source>
        <translation>%1: %2부작 확정</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="146"/>
        <source>The official count is now %1 (was %2).</source>
        <translation>공식 에피소드 수가 %1(으)로 바뀌었습니다 (이전 %2).</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="149"/>
        <source>The official count is %1.</source>
        <translation>공식 에피소드 수는 %1입니다.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="159"/>
        <source>%1: %2 confirmed</source>
        <translation>%1: %2 출연 확정</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="160"/>
        <source>%1 is confirmed for season %2.</source>
        <translation>%1이(가) 시즌 %2 출연을 확정했습니다.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="176"/>
        <source>%1 is cancelled</source>
        <translation>%1 취소됨</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="177"/>
        <source>%1 is on its way</source>
        <translation>%1 제작 확정</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="180"/>
        <source>The season will not be made.</source>
        <translation>이 시즌은 제작되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/outlook/reminderrules.cpp" line="181"/>
        <source>%1 has a season %2 (%3).</source>
        <translation>%1 시즌 %2 제작 확정 (%3).</translation>
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
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="92"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="116"/>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="97"/>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="109"/>
        <source>must be an array of strings</source>
        <translation>문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="135"/>
        <source>must be an integer</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="139"/>
        <source>must be at least %1</source>
        <translation>%1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="161"/>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다 (&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="173"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="187"/>
        <source>must be an array</source>
        <translation>배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="196"/>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="267"/>
        <source>&quot;%1&quot; is not a known precision</source>
        <translation>&quot;%1&quot;은(는) 알려진 정밀도가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="270"/>
        <source>earliest is after latest</source>
        <translation>earliest가 latest보다 늦습니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="315"/>
        <source>episode %1 appears twice</source>
        <translation>에피소드 %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="365"/>
        <source>must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>a-z, 0-9, &apos;-&apos;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="392"/>
        <source>season %1 appears twice</source>
        <translation>시즌 %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="426"/>
        <source>must be YYYY, YYYY-MM or YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD 중 하나여야 합니다 (&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="491"/>
        <source>is required for a release_window claim</source>
        <translation>release_window 주장에는 필수입니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="507"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="512"/>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="519"/>
        <source>id is not unique</source>
        <translation>id가 중복됩니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="522"/>
        <source>names no show in this feed: &quot;%1&quot;</source>
        <translation>이 피드에 없는 프로그램입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="525"/>
        <source>names no source in this feed: &quot;%1&quot;</source>
        <translation>이 피드에 없는 출처입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="531"/>
        <source>names no claim in this feed: &quot;%1&quot;</source>
        <translation>이 피드에 없는 주장입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="539"/>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="563"/>
        <source>The season feed is not valid JSON at %1: %2</source>
        <translation>시즌 피드의 JSON이 잘못되었습니다 (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="568"/>
        <source>The season feed must be a JSON object.</source>
        <translation>시즌 피드는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="578"/>
        <source>must be &quot;cliffhanger-season-feed&quot;</source>
        <translation>&quot;cliffhanger-season-feed&quot;여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="582"/>
        <source>This season feed uses format version %1; this Cliffhanger reads version %2 and older. Update Cliffhanger to read it.</source>
        <translation>이 시즌 피드는 형식 버전 %1을(를) 씁니다. 이 Cliffhanger는 버전 %2 이하만 읽습니다. 읽으려면 Cliffhanger를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../app/feeds/season/seasonfeedreader.cpp" line="617"/>
        <source>Invalid season feed: %1</source>
        <translation>잘못된 시즌 피드: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="30"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="39"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="47"/>
        <source>Follow the desktop</source>
        <translation>데스크톱 설정 따르기</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="48"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="49"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>The desktop prefers a %1 theme.</source>
        <translation>데스크톱은 %1 테마를 선호합니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>dark</source>
        <translation>어두운</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="66"/>
        <source>light</source>
        <translation>밝은</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="67"/>
        <source>The desktop did not say which it prefers; following it means light.</source>
        <translation>데스크톱이 선호하는 테마를 알려 주지 않아, 따르기를 선택하면 밝은 테마가 됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="76"/>
        <location filename="../qml/SettingsPage.qml" line="94"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="88"/>
        <location filename="../qml/SettingsPage.qml" line="105"/>
        <source>System</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <source>System follows the desktop&apos;s language. The command line&apos;s --lang CODE (en, ko, es) chooses one for a single run.</source>
        <translation>시스템 언어를 고르면 데스크톱 언어를 따릅니다. 명령줄의 --lang CODE(en, ko, es)로 한 번만 다른 언어를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="127"/>
        <source>On the release day</source>
        <translation>공개 당일</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="136"/>
        <source>Days before (once the date is exact to the day)</source>
        <translation>며칠 전 (날짜가 하루 단위로 정해진 뒤)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="143"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="149"/>
        <source>Days before the release day, separated by commas</source>
        <translation>공개일 며칠 전, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="154"/>
        <source>When the expected window changes or narrows</source>
        <translation>예상 공개 시기가 바뀌거나 좁혀질 때</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="162"/>
        <source>When the episode count or a cast member is confirmed</source>
        <translation>에피소드 수나 출연진이 확정될 때</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="170"/>
        <source>When a season is renewed or cancelled</source>
        <translation>시즌이 제작 확정되거나 취소될 때</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="179"/>
        <source>Dated reminders at</source>
        <translation>날짜 알림 시각</translation>
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
        <translation>날짜 알림을 보낼 시각</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="198"/>
        <source>Quiet hours: hold reminders until they end</source>
        <translation>방해 금지 시간: 끝날 때까지 알림 보류</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="208"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Quiet hours start at</source>
        <translation>방해 금지 시작 시각</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="224"/>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="237"/>
        <source>Quiet hours end at</source>
        <translation>방해 금지 종료 시각</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="243"/>
        <source>One weekly digest instead of single reminders</source>
        <translation>알림을 하나씩 보내지 않고 매주 한 번 모아서 보내기</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="253"/>
        <location filename="../qml/SettingsPage.qml" line="274"/>
        <source>Digest day</source>
        <translation>모아 보내는 요일</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>No reminder is ever based on a date the expected window does not pin down. The command line shows the same rules: cliffhanger reminders rules.</source>
        <translation>예상 공개 시기로 정해지지 않은 날짜로는 알림을 보내지 않습니다. 명령줄에서도 같은 규칙을 볼 수 있습니다: cliffhanger reminders rules.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="288"/>
        <source>Calendar</source>
        <translation>캘린더</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="295"/>
        <source>Exact release days become all-day events with the reminders above as alarms; a month window is a marker on its first day.</source>
        <translation>정확한 공개일은 위의 알림을 알람으로 단 종일 일정이 됩니다. 월 단위 시기는 그달 1일에 표시만 합니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="302"/>
        <source>Export calendar…</source>
        <translation>캘린더 내보내기…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="305"/>
        <source>Export the calendar to a file</source>
        <translation>캘린더를 파일로 내보내기</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="308"/>
        <source>Calendar file kept up to date after each sync</source>
        <translation>동기화할 때마다 최신으로 유지할 캘린더 파일</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="319"/>
        <source>None: no file is kept</source>
        <translation>없음: 유지하는 파일 없음</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="325"/>
        <source>Calendar file kept up to date</source>
        <translation>최신으로 유지할 캘린더 파일</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="329"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="332"/>
        <source>Choose the calendar file to keep up to date</source>
        <translation>최신으로 유지할 캘린더 파일 선택</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="336"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="340"/>
        <source>Stop keeping a calendar file</source>
        <translation>캘린더 파일 유지 중지</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="358"/>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="364"/>
        <source>Start at login</source>
        <translation>로그인할 때 시작</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="372"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>창을 닫아도 트레이에서 계속 실행</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="381"/>
        <source>In the tray, reminders keep coming while the window is closed; the tray icon&apos;s menu opens the window again or quits.</source>
        <translation>트레이에 있으면 창을 닫아도 알림이 계속 옵니다. 트레이 아이콘 메뉴에서 창을 다시 열거나 종료할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="382"/>
        <source>This desktop shows no tray icons, so closing the window quits Cliffhanger.</source>
        <translation>이 데스크톱에는 트레이 아이콘이 표시되지 않으므로 창을 닫으면 Cliffhanger가 종료됩니다.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="391"/>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="396"/>
        <source>New feeds sync every 6 hours and count as reported news; the command line sets another interval or trust (cliffhanger feeds add URL --interval MINUTES --tier TIER).</source>
        <translation>새 피드는 6시간마다 동기화되며 보도 등급으로 취급됩니다. 다른 간격이나 신뢰 등급은 명령줄에서 정합니다 (cliffhanger feeds add URL --interval MINUTES --tier TIER).</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="408"/>
        <source>Export calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="411"/>
        <location filename="../qml/SettingsPage.qml" line="420"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="417"/>
        <source>Calendar file to keep up to date</source>
        <translation>최신으로 유지할 캘린더 파일</translation>
    </message>
</context>
<context>
    <name>ShowOverview</name>
    <message>
        <location filename="../app/models/showoverview.cpp" line="30"/>
        <source>MMM yyyy</source>
        <comment>QDate format: short month name and year</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="149"/>
        <source>created by %1</source>
        <translation>제작: %1</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="154"/>
        <source>Show, episode and cast data from TVmaze.com (CC BY-SA 4.0)</source>
        <translation>프로그램, 에피소드, 출연진 정보 출처: TVmaze.com (CC BY-SA 4.0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="165"/>
        <source>%1 – %2 across %n predictions</source>
        <translation>
            <numerusform>예측 %n건의 범위: %1 – %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="271"/>
        <source>Season %1 · %2 of %n watched</source>
        <translation>
            <numerusform>시즌 %1 · %n화 중 %2화 시청</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="284"/>
        <source>Next: S%1 E%2 · %3</source>
        <translation>다음: 시즌 %1 %2화 · %3</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="287"/>
        <source>Episode %1</source>
        <translation>%1화</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="289"/>
        <source>Season %1 · specials</source>
        <translation>시즌 %1 · 스페셜</translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="270"/>
        <source>Season %1</source>
        <translation>시즌 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="298"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/showoverview.cpp" line="356"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <location filename="../qml/ShowPage.qml" line="59"/>
        <source>Following ✓</source>
        <translation>팔로우 중 ✓</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="59"/>
        <source>Follow</source>
        <translation>팔로우</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="62"/>
        <source>Stop following %1</source>
        <translation>%1 팔로우 취소</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="63"/>
        <source>Follow %1: it comes first on Home</source>
        <translation>%1 팔로우: 홈에서 맨 위에 나옵니다</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Cast</source>
        <translation>출연진</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Episodes</source>
        <translation>에피소드</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="101"/>
        <source>News</source>
        <translation>뉴스</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="106"/>
        <source>%1 tab</source>
        <translation>%1 탭</translation>
    </message>
    <message>
        <location filename="../qml/ShowPage.qml" line="128"/>
        <source>Choose a show on Home or in the Library.</source>
        <translation>홈이나 보관함에서 프로그램을 고르세요.</translation>
    </message>
</context>
<context>
    <name>ShowRow</name>
    <message>
        <location filename="../qml/ShowRow.qml" line="29"/>
        <source>%1, season %2, %3, %4</source>
        <translation>%1, 시즌 %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="30"/>
        <source>no date known</source>
        <translation>날짜 미정</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="75"/>
        <source>followed</source>
        <translation>팔로우 중</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="79"/>
        <source>Season %1</source>
        <translation>시즌 %1</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="81"/>
        <source>changed %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="104"/>
        <source>Following ✓</source>
        <translation>팔로우 중 ✓</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="104"/>
        <source>Follow</source>
        <translation>팔로우</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="105"/>
        <source>Stop following %1</source>
        <translation>%1 팔로우 취소</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="105"/>
        <source>Follow %1</source>
        <translation>%1 팔로우</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="114"/>
        <source>nothing awaited</source>
        <translation>기다리는 시즌 없음</translation>
    </message>
    <message>
        <location filename="../qml/ShowRow.qml" line="115"/>
        <source>no date known yet</source>
        <translation>아직 날짜 미정</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/shell/singleinstance.cpp" line="80"/>
        <source>Cannot lock %1.lock to check for a running window.</source>
        <translation>실행 중인 창을 확인하려고 %1.lock을(를) 잠글 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/shell/singleinstance.cpp" line="88"/>
        <source>Cannot listen on %1: %2</source>
        <translation>%1에서 대기할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>StartAfreshDialog</name>
    <message>
        <location filename="../qml/StartAfreshDialog.qml" line="15"/>
        <source>Start afresh?</source>
        <translation>새로 시작할까요?</translation>
    </message>
    <message>
        <location filename="../qml/StartAfreshDialog.qml" line="20"/>
        <source>%1 will be renamed to a backup in the same folder, as it is now, and a new database will be made in its place. Nothing is deleted.</source>
        <translation>%1은(는) 지금 그대로 같은 폴더에 백업 이름으로 바뀌고, 그 자리에 새 데이터베이스가 만들어집니다. 삭제되는 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>TvMazeApi</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeapi.cpp" line="29"/>
        <source>--tvmaze-base needs an http or https address such as https://api.tvmaze.com, not &apos;%1&apos;.</source>
        <translation>--tvmaze-base에는 https://api.tvmaze.com 같은 http 또는 https 주소가 필요합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TvMazeClient</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="87"/>
        <source>TVmaze (%1) asked us to wait: not asking again before %2.</source>
        <translation>TVmaze(%1)에서 기다려 달라고 합니다. %2 전에는 다시 요청하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="93"/>
        <source>TVmaze (%1) cannot be reached: %2</source>
        <translation>TVmaze(%1)에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="97"/>
        <source>TVmaze (%1) answered 304 Not Modified to a plain request.</source>
        <translation>TVmaze(%1)가 일반 요청에 304 Not Modified로 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="100"/>
        <source>TVmaze (%1) failed: %2</source>
        <translation>TVmaze(%1) 오류: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeclient.cpp" line="128"/>
        <source>TVmaze has no show with id %1.</source>
        <translation>TVmaze에 ID가 %1인 프로그램이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TvMazeParser</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="35"/>
        <source>The TVmaze data is not valid JSON at byte %1: %2</source>
        <translation>TVmaze 데이터의 %1번째 바이트에서 JSON 오류: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="121"/>
        <source>The TVmaze show has no id or name.</source>
        <translation>TVmaze 프로그램에 ID나 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="174"/>
        <source>A TVmaze season list must come from an address ending in /shows/ID/seasons, not %1.</source>
        <translation>TVmaze 시즌 목록은 /shows/ID/seasons로 끝나는 주소에서 와야 합니다 (%1 아님).</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazeparser.cpp" line="183"/>
        <source>The TVmaze season list is not a JSON array.</source>
        <translation>TVmaze 시즌 목록이 JSON 배열이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TvMazeSearch</name>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="29"/>
        <source>TVmaze&apos;s answer is not valid JSON at byte %1: %2</source>
        <translation>TVmaze 응답의 %1번째 바이트에서 JSON 오류: %2</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="95"/>
        <source>TVmaze&apos;s search answer is not a JSON array.</source>
        <translation>TVmaze 검색 응답이 JSON 배열이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="105"/>
        <source>TVmaze&apos;s search result %1 has no show with an id and a name.</source>
        <translation>TVmaze 검색 결과 %1에 ID와 이름이 있는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/feeds/tvmaze/tvmazesearch.cpp" line="124"/>
        <source>TVmaze&apos;s answer is not a show with an id and a name.</source>
        <translation>TVmaze 응답이 ID와 이름이 있는 프로그램이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TvMazeShowAdder</name>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="30"/>
        <source>year unknown</source>
        <translation>연도 미상</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="97"/>
        <source>A show is added by its TVmaze id (1 or more) or by its name.</source>
        <translation>프로그램은 TVmaze ID(1 이상)나 이름으로 추가합니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="128"/>
        <source>Nothing found on TVmaze for &apos;%1&apos;.</source>
        <translation>TVmaze에서 &apos;%1&apos;에 대한 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="150"/>
        <source>The TVmaze feed for %1 was removed while it was being added.</source>
        <translation>%1의 TVmaze 피드가 추가되는 도중에 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="174"/>
        <source>&apos;%1&apos; is already in the library (TVmaze show %2); not added again.</source>
        <translation>&apos;%1&apos;은(는) 이미 보관함에 있습니다 (TVmaze 프로그램 %2). 다시 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="209"/>
        <source>A different show called &apos;%1&apos; (%2) is already in the library, and the library tells shows apart by title: adding %3 would merge the two, so it was not added.</source>
        <translation>&apos;%1&apos;(%2)(이)라는 다른 프로그램이 이미 보관함에 있고, 보관함은 제목으로 프로그램을 구분합니다. %3을(를) 추가하면 둘이 합쳐지므로 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="216"/>
        <source>&apos;%1&apos; (%2) is already in the library; not added again.</source>
        <translation>&apos;%1&apos;(%2)은(는) 이미 보관함에 있습니다. 다시 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="230"/>
        <source>TVmaze: %1</source>
        <translation>TVmaze: %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="232"/>
        <source>TVmaze: %1, seasons</source>
        <translation>TVmaze: %1, 시즌</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="272"/>
        <source>TVmaze asked us to wait until %1</source>
        <translation>TVmaze에서 %1까지 기다려 달라고 합니다</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="277"/>
        <source>The TVmaze feeds for %1 were added, but their first sync failed (%2); the next sync tries again.</source>
        <translation>%1의 TVmaze 피드를 추가했지만 첫 동기화에 실패했습니다 (%2). 다음 동기화 때 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="295"/>
        <source>Added %1 from TVmaze; its season list did not sync (%2), the next sync tries again.</source>
        <translation>TVmaze에서 %1을(를) 추가했습니다. 시즌 목록은 동기화되지 않았으며 (%2) 다음 동기화 때 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/tvmazeshowadder.cpp" line="298"/>
        <source>Added %1 from TVmaze.</source>
        <translation>TVmaze에서 %1을(를) 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>Watching</name>
    <message>
        <location filename="../app/pipeline/watching.cpp" line="232"/>
        <source>%1 has no season %2.</source>
        <translation>%1에는 시즌 %2이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>WindowCapture</name>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="52"/>
        <source>unknown page &quot;%1&quot; (use one of: %2)</source>
        <translation>알 수 없는 페이지 &quot;%1&quot; (다음 중 하나를 쓰세요: %2)</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="126"/>
        <source>no show called &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 프로그램이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="138"/>
        <source>the show page did not load</source>
        <translation>프로그램 페이지를 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/shell/windowcapture.cpp" line="153"/>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>--lang wants en, ko or es, not &quot;%1&quot;</source>
        <translation>--lang에는 en, ko, es 중 하나를 쓰세요 (&quot;%1&quot;은(는) 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>--size wants WxH, e.g. 1280x800, not &quot;%1&quot;</source>
        <translation>--size에는 1280x800처럼 가로x세로를 쓰세요 (&quot;%1&quot;은(는) 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>--theme wants light, dark or system, not &quot;%1&quot;</source>
        <translation>--theme에는 light, dark, system 중 하나를 쓰세요 (&quot;%1&quot;은(는) 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Cliffhanger is already open on this database; raised it.</source>
        <translation>Cliffhanger가 이미 이 데이터베이스로 열려 있어 그 창을 앞으로 가져왔습니다.</translation>
    </message>
</context>
</TS>
