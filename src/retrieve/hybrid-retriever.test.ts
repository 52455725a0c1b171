import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, type LoadedIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { Bm25Index } from './bm25.js';
import { agentNouns, checkedSumCurrency, HybridRetriever, properNames, seenStemOf, withoutBoundFigures } from './hybrid-retriever.js';
import { analyzeQuestion, ASKS_WHY, countedWords, detectAnswerType } from './question-intent.js';

describe('proper names in a question', () => {
  it('reads capitalised runs inside a sentence and words in capitals, not a sentence\'s first word', () => {
    expect(properNames("Is HK's spending higher than Singapore's? Is it NVIDIA?")).toEqual(['Singapore', 'NVIDIA']);
    expect(properNames('Does the China Association for Science and Technology agree?')).toEqual(['China Association for Science and Technology']);
    expect(properNames('HKSTPC is big')).toEqual(['HKSTPC']);
    expect(properNames('Where is it?')).toEqual([]);
    // Short forms in capitals, people addressed by title and sources cited are not what is asked about.
    expect(properNames('Do SMEs in Q1 get it, as the FS said, per the Budget Speech, Mr Chan?')).toEqual([]);
    // … nor is a publisher named before its report, survey or index.
    expect(properNames('Is it first in the Example Partners 2024 overview, or in Sample Group\'s yearbook?')).toEqual([]);
    expect(properNames('Did Example Partners invest?')).toEqual(['Example Partners']);
  });
});

describe('BM25', () => {
  it('weighs term counts (a bridged term counts less), rare terms more, and finds nothing for unknown terms', () => {
    const index = new Bm25Index([
      [{ term: 'cyberport', weight: 1 }, { term: 'fund', weight: 1 }],
      [{ term: 'cyberport', weight: 0.5 }, { term: 'fund', weight: 1.5 }],
      [{ term: 'fund', weight: 2 }],
    ]);
    expect(index.search([{ term: 'cyberport', weight: 1 }], 3).map((hit) => hit.index)).toEqual([0, 1]);
    expect(index.idf('cyberport')).toBeGreaterThan(index.idf('fund'));
    expect(index.search([{ term: 'absent', weight: 1 }], 3)).toEqual([]);
  });
});

describe('question intent', () => {
  it.each([
    ['How much has been set aside for the AI institute?', 'amount'],
    ['What was the 2024-25 revised estimate for Programme (2)?', 'amount'],
    ['AI研發院有幾多錢？', 'amount'],
    ['How many submarine cables?', 'count'],
    ['商业数据通促成了多少宗贷款申请？', 'count'],
    ['When will the tenants move in?', 'date'],
    ['新田科技城幾時交付？', 'date'],
    ['By what percent did the provision rise?', 'percent'],
    ['how much did drone jobs go up by in percent', 'percent'],
    ['無人機職位增加咗幾多%？', 'percent'],
    ['Where are the InnoParks?', 'place'],
    ['Who is the chairman?', 'person'],
    ['What are the areas of key initiatives?', 'list'],
    ['Does the fact sheet mention lampposts?', 'yes-no'],
    // A polar question stays one when it names a figure or a word another cue knows (金額, budget).
    ['人工智能資助計劃的撥款金額是否多於20億元？', 'yes-no'],
    ['The slides mention a new fund. Is its budget above $5 billion?', 'yes-no'],
    // … but not when it asks for a value, or offers a choice.
    ['係咪有撥款？有幾多錢？', 'amount'],
    ['Does Cyberport or HKSTP host more start-ups?', 'other'],
    ['智慧燈柱係咩嚟㗎？', 'definition'],
    // What kind of thing a named thing is asks what it is; how a thing is going does not.
    ['「河岸挑戰」是一個怎樣的計劃？', 'definition'],
    ['What kind of scheme is the River Challenge?', 'definition'],
    ['河岸計劃的進度是怎樣的？', 'other'],
    // A verb in its A-not-A form asks yes or no; one inside a question word's question does not.
    ['河岸平台使唔使俾錢㗎？', 'yes-no'],
    ['河岸計劃收不收費？', 'yes-no'],
    ['你知唔知道河岸園有幾多間公司？', 'count'],
    // Which ones of a counted set, or what the set's members are, asks a list; which one asks a name.
    ['河岸園嗰16間實驗室係邊16間？', 'list'],
    ['What exactly are the 12 core recommendations of the river committee?', 'list'],
    ['哪一個機構負責？', 'person'],
    // How much of a noun of money, with a modifier before it, asks a sum; how many of a thing counts.
    ['河岸省市批出多少科研資金給大學？', 'amount'],
    ['河岸園有多少觀眾？', 'count'],
    // A cleft question puts one thing forward to be confirmed; a statement with 對吧 asks it be confirmed.
    ['Is it the Secretary for Rivers, Lakes and Ponds who accounts for the spending?', 'yes-no'],
    ['截至2025年3月31日，河岸局的编制有79个职位，对吧？', 'yes-no'],
    // 邊 in 旁邊 (beside), 這邊, 兩邊 asks nothing.
    ['河岸斗室是否位於河岸園旁邊？', 'yes-no'],
    // "What is the <measure>": a rate asks for a percentage, a population or a rank for a figure, not a description.
    ['What is the property tax rate in Hong Kong?', 'percent'],
    ['What is the population of Hong Kong?', 'count'],
    // "How much floor area / land / space" asks a size, not a sum of money.
    ['How much floor area will Phase 1 provide?', 'count'],
    ['How much money is set aside for the park?', 'amount'],
    // A value of transactions or trade is a sum; "the value of X" alone may ask what it is worth to someone.
    ['What is the daily average value of FPS transactions?', 'amount'],
    // Who gets or receives something, which group of people: a kind of people the sentence describes, no named person.
    ['who gets the extra living allowance under the scheme?', 'other'],
    ['Which group of academics is the sub-scheme for?', 'other'],
    // The name a thing was given, asked in other words.
    ["What's the new scheme called that backs high-growth firms?", 'other'],
    ['ITIB headcount at 31 March 2025?', 'count'],
    // "Did it go up, and by how much?": the size of the change is asked, as "how much did it grow" asks it.
    ['Did the number of startups go up from 2023 to 2024, and by how much?', 'percent'],
    // A statement asked back: a verb in the middle and a question mark or a tag; a figure stated with a question mark.
    ['manufacturing+ is 1:1 matching?', 'yes-no'],
    ['hk has issued 10 digital bank licences right', 'yes-no'],
    ['計劃最多資助半球？', 'yes-no'],
    ['The fund is for what?', 'other'],
    // … but not an opinion or a description with nothing to check, a request, a relative clause, a verb left last, an either-or.
    ['InnoHK is great?', 'other'],
    ['HKSTP is a government department?', 'other'],
    ['Please list the schemes that are funded by the ITF?', 'list'],
    ['The budget for the AI scheme is?', 'other'],
    ['請列出獲得二十億元的項目？', 'list'],
    ['呢個計劃係半球定一球？', 'other'],
    ['河套第一期除了首三座大樓，還有幾座在建？', 'count'],
    ['What name has the corporation given to its planning project?', 'other'],
    ['科技園公司把那幅用地定名為甚麼？', 'other'],
    ['Who chairs the committee?', 'person'],
    // 「邊幾間大學」 asks which universities (a list), though 幾間 alone would count them.
    ['五個項目分別係邊幾間大學攞到？', 'list'],
    ['有幾多間大學參與？', 'count'],
    ['What is the value of the CDI?', 'definition'],
    ['What share of the population has 5G coverage?', 'other'],
    ['Where does the start-up ecosystem rank globally?', 'count'],
    ['數據中心市場全球排名第幾？', 'count'],
    ['What position did the city take in the index?', 'count'],
    // A where asking a position in an index or in the world is a rank, not a place; a where of a place stays one.
    ['Where was Hong Kong in the 2024 edition of the Global Innovation Index?', 'count'],
    ['Where was HK globally in the 2024 edition?', 'count'],
    ['Where will the index data be stored?', 'place'],
    ['How long will the pilot scheme run?', 'duration'],
    ['計劃為期幾耐？', 'duration'],
    ['藍圖規劃未來多少年？', 'duration'],
    ['2024年有幾多間公司？', 'count'],
    ["What's the budget for the accelerator scheme?", 'amount'],
    ['How big will the new venture fund be?', 'amount'],
    ['Which venue will host the launch?', 'place'],
    ['比賽的獎金是多少？', 'amount'],
    ['計劃批咗超過十個項目未？', 'yes-no'],
    ['基金的規模有多大？', 'amount'],
    ['職位的年薪值上限係幾多？', 'amount'],
    ['公司的注册资本是多少？', 'amount'],
    ["What's the registered capital of the company?", 'amount'],
    ['What is the total site area of the park?', 'count'],
    ['What is the name of the Permanent Secretary?', 'person'],
    // 哪一位 / 邊位 ask who.
    ['海港局常任秘書長是哪一位？', 'person'],
    ['河岸辦公室由哪位官員領導？', 'person'],
    // … and a sum granted is asked 撥了多少, 多少款項.
    ['政府為河岸培訓撥了多少款項？', 'amount'],
    ['河岸計劃撥咗幾多？', 'amount'],
    // A set asked by its kind is a list, though 幾個 alone asks a count.
    ['Which industries is the fund meant to steer money into?', 'list'],
    ['科學園分園重點支援邊幾個領域？', 'list'],
    ['計劃分為哪幾個方向？', 'list'],
    ['園區有幾個單位？', 'count'],
    // "when" after another question word joins a clause; it does not ask a date.
    ['What was the computing power of the centre when its first phase opened in 2024?', 'definition'],
    ['How many firms were there when the park opened?', 'count'],
    ['When did the park open?', 'date'],
    ['Who runs the centre and when did it open?', 'date'],
    ['Tell me how the centre works. When did it open?', 'date'],
    ['What is venture capital?', 'definition'],
    ['How fast will the project be completed?', 'other'],
    ['審批需要幾多日？', 'duration'],
    ['What time span does the plan cover?', 'duration'],
    ["What's the per-project cap under the scheme?", 'amount'],
    ["What is the park's total operating budget?", 'amount'],
    ['Which Mainland area is the park partnering with?', 'place'],
    ['Which areas does the fund cover?', 'list'],
    ['How fast will the supercomputer get?', 'count'],
    ['What computing power is the centre supposed to reach?', 'count'],
    ['超算中心嘅算力去到幾多？', 'count'],
    // A sum asked by its noun after an owner of two words or a bracket ("Head 12's", "the Office's (Head 9)"), or 款項 / 經費 … 多少.
    ["What is Head 12's provision in the 2027-28 Estimates?", 'amount'],
    ["What is the Example Office's (Head 9) total budget for 2027-28?", 'amount'],
    ['2027-28年度撥給示範基金的款項是多少？', 'amount'],
    // "for" before a year dates what is asked: no purpose.
    ['What is the plan for?', 'purpose'],
    ['What is the plan for 2027?', 'definition'],
    // Money asked in so many words is a sum, whatever the question names beside it (the people it serves, what it buys).
    ['How much money will the plan give to training for the whole population?', 'amount'],
    ['How much has the plan set aside for the entire population?', 'amount'],
    ['用示範中心嘅算力要俾幾多錢？', 'amount'],
    ['What is the population of the district?', 'count'],
    // A word of money sizes a thing only as a word: "planning" is no plan, so the area is asked.
    ['How big is the area the company is planning for the park?', 'count'],
    ['How big are the grants?', 'amount'],
    ['What is Programme (3) projected to be for 2031-32?', 'amount'],
    // "What new committee will …": the name of a thing of that kind is asked.
    ['What new committee will steer the plan?', 'other'],
    ['what yr was the park set up', 'date'],
    ['那個基金是干什么的？', 'purpose'],
    ['呢個計劃有咩用？', 'purpose'],
    ['那个共享平台是用来干嘛的？', 'purpose'],
    ['嗰個平台用嚟幹嘛？', 'purpose'],
    // A share asked with the sign or with 佔 is a percentage; 佔地 is a size.
    ['What % of the budget goes to research?', 'percent'],
    ['研究開支佔預算幾多？', 'percent'],
    ['園區佔地幾多？', 'count'],
    // 佔 with a count's classifier asks how many things it accounts for, not a share.
    ['海港辦公室佔幾多個？', 'count'],
    ['運作開支佔開支總額幾多個巴仙？', 'percent'],
    // Casual typing without the apostrophe reads as with it.
    ['wheres the innovation centre', 'place'],
    ['whats the budget for the institute', 'amount'],
    ['whos the chairman', 'person'],
    // … but the body word must head its phrase, and a counted noun after a sum noun is counted.
    ['Which office hours does the hotline keep?', 'other'],
    ['What university is the lab at?', 'person'],
    ['資助嘅公司有幾多？', 'count'],
    ['審批需要多少時間？', 'duration'],
    ['園區佔用幾多公頃土地？', 'count'],
    ['個計劃有幾成功？', 'other'],
    // A sum named before 幾多 (資助幾多) is an amount unless a classifier follows; 多少 before any other noun counts it.
    ['每間公司資助幾多？', 'amount'],
    ['資助幾多間公司？', 'count'],
    ['企業要投資幾多先可以參加？', 'amount'],
    // A verb of paying or giving before a bare 幾多 ending the question asks a sum; with a classifier after it, a count.
    ['海港計劃下面政府最多出幾多？', 'amount'],
    ['海港計劃資助幾多個項目？', 'count'],
    // A sum of money by its kind (turnover, revenue) or asked in a currency is an amount.
    ["What's the average daily turnover in HK$ billion?", 'amount'],
    ["What's the annual revenue?", 'amount'],
    ['投資咗幾多間公司？', 'count'],
    // "Which park / district", 「邊個園區」「哪個區」 ask a place, not who; 「哪個國家部委」 names a ministry.
    ['數碼港同內地邊個園區合作？', 'place'],
    ['沙嶺喺邊個區？', 'place'],
    ['Which district is the data park in?', 'place'],
    // The name a thing was given is asked as such; a person's name is still a who-question.
    ['科技園公司喺新田嗰幅地個項目叫咩名？', 'other'],
    ['What was that project later named?', 'other'],
    ['What has the harbour project been named?', 'other'],
    ['科技園公司主席叫咩名？', 'person'],
    // A committee, institute or body of any kind named is a thing's name too, however many words name it in English.
    ['預算案提出成立嘅海港委員會叫咩名？', 'other'],
    ['What is the harbour science committee the budget proposes called?', 'other'],
    ['海港局局長叫咩名？', 'person'],
    // A polar question after an opening phrase of what it is about.
    ['Under the scheme, does the government pay a bigger share than the company?', 'yes-no'],
    ['According to the fact sheet, is the fund over $1 billion?', 'yes-no'],
    ['In the slides the fund is 10 billion.', 'other'],
    // "How many million" of a measure or of people counts them; of nothing else it asks a sum.
    ['How many million square metres of floor space will it provide?', 'count'],
    ['how many million users does it have', 'count'],
    ['how many million is it', 'amount'],
    // "What number does the press release give?" asks a count.
    ['What number does its 2026 press release give?', 'count'],
    // A deadline is a date; a rent or fare is a sum.
    ["What's the deadline for universities to submit proposals?", 'date'],
    ["What's the monthly rent at the centre?", 'amount'],
    // A ratio is asked as such; a share of something (佔…比例, percentage) is a percentage.
    ['新型工業加速計劃嘅配對比例係點？', 'other'],
    ['Under the scheme, who puts in more money, the government or the company?', 'other'],
    ['研發開支佔本地生產總值嘅比例係幾多？', 'percent'],
    // A question that names a ratio and asks a sum asks the sum.
    ['新型工業加速計劃按配對比例，每間企業最多可獲多少資助？', 'amount'],
    ['How much does the government contribute under the 1:2 matching ratio?', 'amount'],
    // 市場, 市民 and 區議員 are no places asked.
    ['計劃會協助企業開拓哪個市場？', 'other'],
    ['參與的投資者數目有幾多？', 'count'],
    ['場館可以容納多少觀眾？', 'count'],
    // A body asked by its kind ("which university", 「邊間大學」) is asked like "who"; "what is the office for" is not.
    ['Which university runs the centre?', 'person'],
    ['研發院揀咗邊間大學做？', 'person'],
    ['政府會成立甚麼機構推動發展？', 'person'],
    ['新園區會否在今年啟用？', 'yes-no'],
    ['Had the centre opened by June 2024?', 'yes-no'],
    ['基金吸引咗幾多私人投資？', 'amount'],
    ['呢個計劃有咩作用？', 'purpose'],
    // Who may take part or benefit is a kind of people or firms, quoted, not a name.
    ['Who can apply for the scheme?', 'other'],
    ['Who is the new funding meant to help?', 'other'],
    ['邊個可以申請呢個計劃？', 'other'],
    ['Who runs the scheme?', 'person'],
    ['辦公室主要負責做啲咩？', 'purpose'],
    ['What is the office responsible for?', 'purpose'],
    ['有幾多投資者參與？', 'count'],
    ['資助有多大比例用作配對？', 'percent'],
    ['呢個計劃由咩部門負責？', 'person'],
    ['What is the office of the secretary supposed to achieve?', 'purpose'],
    // What a fund or a funding scheme is meant to do is its purpose, not its sum; what it is meant to raise is a sum.
    ['What is the joint funding scheme with the Mainland meant to do?', 'purpose'],
    ['What is the HK$10bn fund supposed to do?', 'purpose'],
    ['How much is the fund meant to raise?', 'amount'],
    // Where: "which part of Hong Kong"; how big: a sum when the thing is sized by money.
    ['Which part of Hong Kong is the data park in?', 'place'],
    ['Which area is Hong Kong Science Park in?', 'place'],
    ['What district is the data park located in?', 'place'],
    // … but an area of a field is no place.
    ['Which area of technology is the institute in?', 'list'],
    ['How big is the capital injection for the park?', 'amount'],
    ['How big is the site?', 'count'],
    ['How is the cost shared between the government and employers?', 'other'],
    ['What exactly is the CDI that helps SMEs get bank loans?', 'definition'],
    ['點解要成立生命健康研發院？', 'purpose'],
    ['為何推出科技人才入境計劃？', 'purpose'],
    ['FPS has over 20 million registrations now, right?', 'yes-no'],
    ['個基金有100億，係唔係？', 'yes-no'],
    ['香港的新興初創生態系統是不是排亞洲第一？', 'yes-no'],
    ['微電子研發院係唔係2024年成立？', 'yes-no'],
    ['河套嗰條跨河橋點解仲未定喺邊度起', 'other'],
    ['Why was the launch date moved to 2026?', 'other'],
    // Chat spellings of question words ("what r the", "wat"), not letters that are words or names ("Gen Y", "Y-Combinator").
    ['what r the two clusters up and running', 'list'],
    ['wat is the r&d institute for', 'purpose'],
    ["what's the R&D budget", 'amount'],
    ['Where can Gen Y apply?', 'place'],
    ['Where is Y-Combinator based?', 'place'],
    // A figure "supposed to be" is that figure; a polite request (可不可以介紹) asks what it names; sharing roles is no ratio.
    ['What is the opening date supposed to be?', 'date'],
    ['可不可以介紹一下創新科技署？', 'definition'],
    ['政府與業界如何分擔角色？', 'other'],
    ['為何推出日期延遲了？', 'other'],
    ['點解搞咗咁耐都未起好？', 'other'],
    // A day asked (哪一天, 邊日, "what day") is a date, though the question speaks of money moved on it.
    ['海港實驗室的撥款是從哪一天起轉撥的？', 'date'],
    ['海港論壇係邊日舉行？', 'date'],
    ['What day does the Harbour Lab open?', 'date'],
    // Why someone would use a scheme, what the point of a thing is, why it was set up: its purpose.
    ['Why would an SME bother using the Harbour Data Exchange?', 'purpose'],
    ["What's the point of the Harbour Lab?", 'purpose'],
    ['Why was the Harbour Lab opened?', 'purpose'],
    // … not why something was opened up to others.
    ['Why was the harbour standard opened up to every industry?', 'other'],
    // "What capital / budget will X get?" asks a sum; 哪一區 asks a place.
    ['What share capital will the harbour company get?', 'amount'],
    ['What budget will the Harbour Lab receive?', 'amount'],
    ['海港實驗室會設於哪一區？', 'place'],
    // … not what grant is available, nor why fewer used a scheme or why its launch was delayed.
    ['What grant is available to SMEs for new industrialisation?', 'other'],
    ['Why did fewer companies use the Harbour scheme in 2024?', 'other'],
    ['Why was the launch of the Harbour scheme delayed when it was introduced?', 'other'],
    // "Whether …", as a request to confirm puts it, asks yes or no.
    ['whether the Harbour Fund is still $2 billion?', 'yes-no'],
    // A request put politely ("can u name …", 「可唔可以列出…？」) asks what it requests, not yes or no.
    ['can u name some of the harbour labs', 'list'],
    ['Could you tell me about the Harbour Fund?', 'definition'],
    ['Can you give the total budget of the Harbour Bureau?', 'amount'],
    ['可唔可以列出海港實驗室？', 'list'],
    ['Can the Harbour Fund invest in 5 firms?', 'yes-no'],
    // "Which InnoHK cluster …?", 「哪個InnoHK平台下成立」: one of a named family, a body (not where, not what).
    ['Which Harbour cluster is the space centre set up under?', 'person'],
    ['Under which existing Harbour cluster was the space centre set up?', 'person'],
    ['太空中心是在哪个Harbour平台下成立的？', 'person'],
    ['Which Harbour programme helps start-ups?', 'other'],
    // 「X究竟是一種甚麼東西？」, "what kind of thing is X?": what X is.
    ['「海港通」究竟是一種甚麼東西？', 'definition'],
    ['What kind of thing is the Harbour Pass?', 'definition'],
    // … without 一 (「是個什麼東西」), of a named sort of thing ("what kind of entity is X"), and "what is X supposed to be".
    ['「海港通」到底是个什么东西？', 'definition'],
    ['What kind of entity is HHL in relation to the Harbour Corporation?', 'definition'],
    ['what is HHRI supposed to be?', 'definition'],
    ['What is the Harbour Fund supposed to do?', 'purpose'],
    // "What time horizon / period does X cover?" asks a length of time.
    ['What time horizon does the Harbour Blueprint cover?', 'duration'],
    ['What period does the Harbour Plan cover?', 'duration'],
    // 「任期有多長」: a term of office asked by its length.
    ['海港公司主席的任期有多長？', 'duration'],
    // … and any period named by its 期: 資助期, 實習期.
    ['河岸計劃的資助期有多長？', 'duration'],
    ['「河岸實習計劃」的實習期一般有多長？', 'duration'],
    // "Under X, can companies …?": after an opening phrase and a comma, any subject.
    ['Under the Harbour Scheme announced in the 2024-25 Budget, can companies bring in non-local staff?', 'yes-no'],
    // A sum asked by the verb that sets it aside (調撥, 預留, 斥資 … 多少) is an amount, not a count of what follows it.
    ['政府最多會調撥多少與業界成立海港基金？', 'amount'],
    ['海港計劃預留咗幾多？', 'amount'],
    ['海港計劃預留咗幾多個名額？', 'count'],
    // … and by the verb that receives it, nothing counted after it; a part of a sum asked by what it is spent on.
    ['海港研究院攞幾多？', 'amount'],
    ['每間企業最多可以拿多少呀？', 'amount'],
    ['海港研究院攞幾多個名額？', 'count'],
    ['海港基金50億元中，多少用於資助初創企業？', 'amount'],
    // 喺邊個 + a noun asks which one (a body), not where; 喺邊度 asks where.
    ['海港中心係喺邊個研發平台之下成立㗎？', 'person'],
    // 在哪一個 + 之下 asks which body or programme a thing stands under, as 喺邊個 does; 在哪 alone asks where.
    ['參與海港任務的研究中心是在哪一個之下成立的？', 'person'],
    ['海港中心是在哪個機構之下成立的？', 'person'],
    ['Under which programme was the Harbour Centre set up?', 'person'],
    ['海港中心在哪裏？', 'place'],
    ['海港中心喺邊度？', 'place'],
    // 預算案 is the Budget, a document naming where a figure is said: no sum asked by it (預算 alone, a budget, is one).
    ['2031-32預算案中海港通的登記用戶有多少？', 'other'],
    ['綱領(2)的預算是多少？', 'amount'],
    ['2031-32年度預算案預留多少錢給海港計劃？', 'amount'],
    // 幾多 before a noun of money with a modifier (「幾多科研資金」) asks a sum, as 多少 does; after a classifier it counts.
    ['海港市批咗幾多科研資金俾大學？', 'amount'],
    ['每年資助海港處的措施涵蓋多少所資助大學？', 'count'],
    // … nor a noun of money naming the kind of things counted.
    ['海港有幾多資助計劃？', 'count'],
    ['海港政府有幾多撥款項目？', 'count'],
    ['海港有幾多受資助學生？', 'count'],
    // 「哪一間」「哪一家的」 with the noun left out asks which establishment, a name, even when a sum picks it out.
    ['海港基金投資的企業當中，投資金額最大的是哪一間？', 'person'],
    ['這些企業當中哪一家的投資額最大？', 'person'],
  ])('%s → %s', (question, type) => expect(detectAnswerType(question)).toBe(type));
  it('reads budget years and what is counted', () => {
    expect(analyzeQuestion('What did the 2025/26 budget give?').fiscalYears).toEqual(['2025-26']);
    // A calendar year the asker states in a premise is no year asked; one in the asking sentence is, and a budget year anywhere.
    expect(analyzeQuestion('The fact sheet says it opened in Dec 2024. What will it reach?').years).toEqual([]);
    expect(analyzeQuestion('It opened in 2023. What will it reach in 2025?').years).toEqual([2025]);
    expect(analyzeQuestion('The 2024-25 budget gave $3 billion. What did it fund?').fiscalYears).toEqual(['2024-25']);
    expect(analyzeQuestion('When did it open in 2024? How much did it cost?').years).toEqual([2024]);
    // A budget year in a premise the asking part moves on from ("what is it called now?") is no year asked.
    expect(analyzeQuestion('The 2025-26 slides said 20 ha go to HKSTP — what is that project now called?').fiscalYears).toEqual([]);
    expect(analyzeQuestion('The 2025-26 slides said 20 ha go to HKSTP — who will develop it?').fiscalYears).toEqual(['2025-26']);
    expect(countedWords('How many services does iAM Smart connect?')).toBe('services');
    // "How many more …": what is counted follows "more"; "how many more is that" names it elsewhere.
    expect(countedWords('How many more companies are there?')).toBe('companies');
    expect(countedWords('How many more is that than the figure?')).toBeUndefined();
    // A bare "how many more" counts what the figure the question states counts.
    expect(countedWords('It links about 460 services; how many more does the deck say?')).toBe('services');
    expect(countedWords('How many iAM Smart services were there in 2024?')).toBe('iAM Smart services');
    // 「甲牌照有多少個？」: the noun before 有 and how many, after its last 的, when a classifier ends the question; not a change (「多咗幾多間」).
    expect(countedWords('香港已發出的示範支付牌照有多少個？')).toBe('示範支付牌照');
    expect(countedWords('佢多咗幾多間？')).toBeUndefined();
    // Who does what a verb says, as English derives the noun.
    expect(agentNouns('chair')).toContain('chairman');
    expect(agentNouns('lead')).toContain('leader');
    expect(agentNouns('operate')).toContain('operator');
    // Counts named by their noun: "the number of X", "X count", "more X than", 「X數目」; a bare classifier names nothing.
    expect(countedWords('Has the number of services on iAM Smart gone up?')).toBe('services');
    expect(countedWords("The park's company count went up")).toBe('company');
    expect(countedWords('Does the park host more tech companies than last year?')).toBe('tech companies');
    expect(countedWords('平台的服務數目多了多少項？')).toBe('平台的服務');
    expect(countedWords('商業數據通促成了多少宗貸款申請')).toBe('貸款申請');
  });
});

describe('hybrid retrieval on the real index', () => {
  let index: LoadedIndex;
  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    index = await loadIndex(settings);
  });

  it('as a LangChain BaseRetriever: returns Documents with ids, scores and coverage in metadata, in the hybrid order', async () => {
    const { HybridLangChainRetriever } = await import('./langchain-retriever.js');
    const { BaseRetriever } = await import('@langchain/core/retrievers');
    const hybrid = new HybridRetriever(index);
    const retriever = new HybridLangChainRetriever(hybrid, { k: 3 });
    expect(retriever).toBeInstanceOf(BaseRetriever);
    const documents = await retriever.invoke('How much has been set aside for the AI R&D Institute?');
    const direct = await hybrid.retrieve('How much has been set aside for the AI R&D Institute?', { k: 3 });
    expect(documents.map((document) => document.metadata.chunkId)).toEqual(direct.passages.map((passage) => passage.chunk.id));
    expect(documents[0]!.pageContent).toContain('10億元');
    expect(documents[0]!.metadata.coverage).toBeGreaterThan(0.5);
  });

  it('knows the proper names a question writes that no passage holds in any language, and an acronym of a known name as known', async () => {
    const hybrid = new HybridRetriever(index);
    expect((await hybrid.retrieve("Is HK's R&D spending higher than Singapore's?")).unseenNames).toEqual(['Singapore']);
    expect((await hybrid.retrieve('Does the Cyberport supercomputing centre use NVIDIA chips?')).unseenNames).toEqual(['NVIDIA']);
    // Cyberport is in the passages; NIFS stands for the New Industrialisation Funding Scheme, which the terminology names.
    expect((await hybrid.retrieve('Under the enhanced NIFS, can a company run three projects at Cyberport?')).unseenNames).toEqual([]);
  });

  it('finds a passage written only in Chinese for an English question, in every mode', async () => {
    const retriever = new HybridRetriever(index);
    for (const mode of ['sparse', 'dense', 'fused', 'sparse+rerank', 'fused+rerank'] as const) {
      const { passages } = await retriever.retrieve('How many submarine cable systems does Hong Kong have?', { k: 5, mode });
      expect(passages.some((p) => p.chunk.texts[0]!.text.includes('海底電纜系統')), mode).toBe(true);
    }
  });

  it('a word that frames the question, where no passage uses it, is no part of its coverage; an unseen topic word is', async () => {
    const retriever = new HybridRetriever(index);
    const { questionTerms, unseenTermShare } = await retriever.retrieve('What is the AI institute meant to do for hospitals?', { k: 3 });
    const terms = questionTerms.map(({ term }) => term);
    expect(terms).not.toContain('meant');
    expect(terms).toContain('hospit');
    expect(unseenTermShare).toBeGreaterThan(0);
    // Only where no passage uses it: a frame word the passages hold still counts.
    expect(index.sparse.has('total')).toBe(true);
    const { questionTerms: seen } = await retriever.retrieve('What is the total for Programme 2?', { k: 3 });
    expect(seen.map(({ term }) => term)).toContain('total');
  });

  it('a yes/no searches without the figure it sets as a bound, and favours passages with a sum in the currency it names', async () => {
    expect(withoutBoundFigures('Is it more than RMB 1 billion?')).toBe('Is it more than ?');
    expect(withoutBoundFigures('撥款係咪超過50億？')).toBe('撥款係咪超過?');
    // A figure the question states as a fact, not a bound, stays.
    expect(withoutBoundFigures('Is the HK$10 billion fund open yet?')).toBe('Is the HK$10 billion fund open yet?');
    expect(checkedSumCurrency('Has more than RMB 1 billion been approved?')).toBe('CNY');
    expect(checkedSumCurrency('Is it over $5 billion?')).toBe('HKD');
    const retriever = new HybridRetriever(index);
    const { passages } = await retriever.retrieve('Has more than RMB 1 billion in Mainland research funding been approved for Hong Kong universities?', { k: 5 });
    expect(passages.some((passage) => passage.chunk.texts[0]!.text.includes('萬元人民幣'))).toBe(true);
  });

  it('ranks first the passages that name a place, scheme or body the question names in full, not a shorter name within it', async () => {
    const retriever = new HybridRetriever(index);
    const { passages } = await retriever.retrieve('Where is Hong Kong Science Park?', { k: 3 });
    // "Hong Kong Park" (the Loop's 香港園區) shares every word but one; the passages about 科學園 come first.
    for (const passage of passages) expect(passage.chunk.texts.map((text) => text.text).join(' ')).toMatch(/科學園|Science Park/);
  });

  it('fuses both rankings: a passage found by both ranks above one found by one', async () => {
    const retriever = new HybridRetriever(index);
    const { passages } = await retriever.retrieve('數碼港人工智能超算中心', { k: 10, mode: 'fused' });
    const both = passages.filter((p) => p.sparseRank && p.denseRank);
    const one = passages.filter((p) => !(p.sparseRank && p.denseRank));
    expect(both.length).toBeGreaterThan(0);
    if (one.length) expect(Math.max(...both.map((p) => p.score))).toBeGreaterThan(Math.max(...one.map((p) => p.score)));
  });

  it('re-ranks toward the budget year a question names', async () => {
    const retriever = new HybridRetriever(index);
    const budget = await retriever.retrieve('How many services does iAM Smart connect according to the 2025-26 Budget?', { k: 3 });
    expect(budget.passages[0]!.document.budgetYear).toBe('2025-26');
    const amount = await retriever.retrieve('How much was allocated to the AI subsidy scheme in the 2024-25 Budget?', { k: 3 });
    expect(amount.passages[0]!.document.id).toBe('budget-2024-25-itib');
  });

  it('keeps to the documents asked for (docIds), in every mode', async () => {
    const retriever = new HybridRetriever(index);
    const all = await retriever.retrieve('iAM Smart', { k: 10 });
    expect(new Set(all.passages.map((p) => p.document.id)).size).toBeGreaterThan(1);
    for (const mode of ['sparse', 'sparse+rerank', 'fused'] as const) {
      const scoped = await retriever.retrieve('iAM Smart', { k: 10, mode, docIds: ['facts-innovation-technology-2025'] });
      expect(scoped.passages.length).toBeGreaterThan(0);
      expect(scoped.passages.every((p) => p.document.id === 'facts-innovation-technology-2025')).toBe(true);
    }
  });
});

describe('a Chinese word no passage holds, with a suffix of derivation', () => {
  it('is read as the seen word it derives from, and only then', () => {
    const seen = (term: string) => (['覆盖', '资助'].includes(term) ? 3 : undefined);
    expect(seenStemOf('覆盖率', seen)).toBe('覆盖');
    expect(seenStemOf('资助额', seen)).toBe('资助');
    expect(seenStemOf('名字', seen)).toBeUndefined();
    expect(seenStemOf('体育园', seen)).toBeUndefined();
    expect(seenStemOf('ab率', seen)).toBeUndefined();
    // Only a suffix of derivation is dropped: 资助者 (who funds) is no 资助.
    expect(seenStemOf('资助者', seen)).toBeUndefined();
  });
});

describe('ASKS_WHY', () => {
  it('reads 為何 before what it asks about as why, and closing a formal question after a noun as "what is"', () => {
    for (const why of ['政府為何推出海港計劃？', '為何預算減少？', 'why did it fall?', '點解會少咗？', '海港設施延遲啓用的原因為何？']) expect(ASKS_WHY.test(why)).toBe(true);
    for (const what of ['二零三零至三一年度預期職位淨變動為何？', '海港計劃的推出時間表為何？', '目標為何呢？']) expect(ASKS_WHY.test(what)).toBe(false);
  });
});
