// Organizations from public facts: `Name|alias;alias|type|country`, where type is one of
// international, government, party, company, media, education, research, other, and the
// country (a gazetteer country name) is where a national body or company belongs, if anywhere.

extension GazetteerData {
  static let organizations = """
    United Nations|UN;U.N.;UNO|international|
    United Nations Security Council|UN Security Council;U.N. Security Council;UNSC;Security Council|international|
    United Nations General Assembly|UN General Assembly;U.N. General Assembly;UNGA|international|
    World Trade Organization|WTO;World Trade Organisation|international|
    European Union|EU;E.U.|international|
    European Commission|EC|international|
    European Parliament||international|
    European Central Bank|ECB|international|
    Council of Europe||international|
    Association of Southeast Asian Nations|ASEAN|international|
    North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation|international|
    International Monetary Fund|IMF|international|
    World Bank|World Bank Group|international|
    Group of Seven|G7;G-7|international|
    Group of 20|G20;G-20;Group of Twenty|international|
    World Health Organization|WHO;World Health Organisation|international|
    Organization of the Petroleum Exporting Countries|OPEC;OPEC+|international|
    BRICS||international|
    African Union|AU|international|
    Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development|international|
    Asia-Pacific Economic Cooperation|APEC|international|
    Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|international|
    Arab League|League of Arab States|international|
    Interpol|International Criminal Police Organization|international|
    International Criminal Court|ICC|international|
    International Court of Justice|ICJ|international|
    UNESCO|United Nations Educational, Scientific and Cultural Organization|international|
    UNICEF|United Nations Children's Fund|international|
    UNHCR|UN Refugee Agency;United Nations High Commissioner for Refugees|international|
    International Atomic Energy Agency|IAEA|international|
    International Committee of the Red Cross|ICRC;Red Cross|international|
    World Economic Forum|WEF|international|
    Gulf Cooperation Council|GCC|international|
    Commonwealth of Nations|Commonwealth|international|
    Mercosur|Mercosul|international|
    Asian Development Bank|ADB|international|
    Asian Infrastructure Investment Bank|AIIB|international|
    New Development Bank|NDB|international|
    Organization for Security and Co-operation in Europe|OSCE|international|
    Collective Security Treaty Organization|CSTO|international|
    Eurasian Economic Union|EAEU|international|
    International Labour Organization|ILO;International Labor Organization|international|
    World Food Programme|WFP|international|
    International Energy Agency|IEA|international|
    Quadrilateral Security Dialogue|Quad|international|
    Organization of American States|OAS|international|
    Amnesty International||other|
    Human Rights Watch||other|
    Greenpeace||other|
    Doctors Without Borders|Medecins Sans Frontieres;MSF|other|
    Bill & Melinda Gates Foundation|Gates Foundation|other|
    International Olympic Committee|IOC|other|
    FIFA||other|
    Belt and Road Initiative|BRI;One Belt, One Road|other|China
    White House||government|United States
    Pentagon|Department of Defense;Defense Department;U.S. Department of Defense;Department of War;War Department|government|United States
    State Department|Department of State;U.S. State Department;U.S. Department of State|government|United States
    Department of the Treasury|Treasury Department;U.S. Treasury;US Treasury;U.S. Treasury Department;Treasury|government|United States
    Department of Commerce|Commerce Department;U.S. Commerce Department;U.S. Department of Commerce|government|United States
    Department of Justice|Justice Department;DOJ;U.S. Justice Department|government|United States
    Department of Homeland Security|DHS;Homeland Security|government|United States
    Department of Energy|Energy Department|government|United States
    Department of Agriculture|USDA;Agriculture Department|government|United States
    Office of the United States Trade Representative|USTR;U.S. Trade Representative's office|government|United States
    Federal Reserve|Fed;Federal Reserve Board;U.S. Federal Reserve|government|United States
    Congress|U.S. Congress;United States Congress|government|United States
    Senate|U.S. Senate;United States Senate|government|United States
    House of Representatives|U.S. House of Representatives;U.S. House|government|United States
    Supreme Court|U.S. Supreme Court|government|United States
    Central Intelligence Agency|CIA|government|United States
    Federal Bureau of Investigation|FBI|government|United States
    National Security Agency|NSA|government|United States
    National Security Council|NSC|government|United States
    Securities and Exchange Commission|SEC|government|United States
    Federal Trade Commission|FTC|government|United States
    Federal Communications Commission|FCC|government|United States
    Environmental Protection Agency|EPA|government|United States
    NASA|National Aeronautics and Space Administration|government|United States
    Food and Drug Administration|FDA|government|United States
    Centers for Disease Control and Prevention|CDC|government|United States
    Department of Government Efficiency|DOGE|government|United States
    Democratic Party|Democrats;U.S. Democratic Party|party|United States
    Republican Party|GOP;Republicans;U.S. Republican Party|party|United States
    Kremlin||government|Russia
    State Duma|Duma|government|Russia
    Federal Security Service|FSB|government|Russia
    State Council|State Council of China|government|China
    National People's Congress|NPC|government|China
    Communist Party of China|Chinese Communist Party;CPC;CCP|party|China
    Ministry of Foreign Affairs of China|Chinese Foreign Ministry;Chinese Ministry of Foreign Affairs|government|China
    Ministry of Commerce of China|MOFCOM;Chinese Ministry of Commerce;Chinese Commerce Ministry|government|China
    People's Bank of China|PBOC;PBoC|government|China
    People's Liberation Army|PLA|government|China
    Chinese Academy of Sciences|CAS|research|China
    Chinese Academy of Social Sciences|CASS|research|China
    Downing Street|10 Downing Street;Number 10|government|United Kingdom
    Foreign Office|Foreign, Commonwealth and Development Office;FCDO|government|United Kingdom
    Bank of England|BoE|government|United Kingdom
    Conservative Party|Tories;Conservatives|party|United Kingdom
    Labour Party|Labour|party|United Kingdom
    Bundestag||government|Germany
    Bundesbank|Deutsche Bundesbank|government|Germany
    Christian Democratic Union|CDU|party|Germany
    Social Democratic Party of Germany|SPD|party|Germany
    Elysee Palace|Élysée Palace;Elysee;Élysée|government|France
    Bank of Japan|BOJ;BoJ|government|Japan
    Liberal Democratic Party|LDP|party|Japan
    Bharatiya Janata Party|BJP|party|India
    Indian National Congress|Congress Party|party|India
    Reserve Bank of India|RBI|government|India
    Knesset||government|Israel
    Hamas||other|Palestine
    Hezbollah||other|Lebanon
    Taliban||other|Afghanistan
    Islamic State|ISIS;ISIL;Daesh|other|
    Al-Qaeda|al Qaeda;al-Qaida;Al Qaeda|other|
    Apple|Apple Inc.;Apple Inc|company|United States
    Microsoft|Microsoft Corporation;Microsoft Corp.|company|United States
    Google||company|United States
    Alphabet|Alphabet Inc.|company|United States
    Amazon|Amazon.com|company|United States
    Meta|Meta Platforms|company|United States
    Facebook||company|United States
    Instagram||company|United States
    WhatsApp||company|United States
    YouTube||company|United States
    Nvidia|NVIDIA;Nvidia Corporation;Nvidia Corp.|company|United States
    Intel|Intel Corporation;Intel Corp.|company|United States
    AMD|Advanced Micro Devices|company|United States
    Qualcomm||company|United States
    Broadcom||company|United States
    Micron|Micron Technology|company|United States
    Texas Instruments||company|United States
    IBM|International Business Machines|company|United States
    Oracle||company|United States
    Cisco|Cisco Systems|company|United States
    Salesforce||company|United States
    Netflix||company|United States
    Uber||company|United States
    Tesla|Tesla Inc.|company|United States
    SpaceX||company|United States
    OpenAI||company|United States
    Anthropic||company|United States
    xAI||company|United States
    Twitter|X Corp.|company|United States
    Truth Social||company|United States
    Trump Media & Technology Group|Trump Media|company|United States
    TikTok||company|China
    ByteDance||company|China
    Huawei|Huawei Technologies|company|China
    ZTE||company|China
    Tencent||company|China
    Alibaba|Alibaba Group|company|China
    Baidu||company|China
    Xiaomi||company|China
    JD.com||company|China
    Pinduoduo|PDD;Temu|company|China
    DeepSeek||company|China
    SMIC|Semiconductor Manufacturing International Corporation|company|China
    CATL|Contemporary Amperex Technology|company|China
    BYD||company|China
    Lenovo||company|China
    DJI||company|China
    Weibo||company|China
    WeChat||company|China
    Sinopec||company|China
    PetroChina||company|China
    CNOOC||company|China
    COSCO||company|China
    TSMC|Taiwan Semiconductor Manufacturing Company;Taiwan Semiconductor|company|Taiwan
    Foxconn|Hon Hai|company|Taiwan
    Samsung|Samsung Electronics|company|South Korea
    SK Hynix||company|South Korea
    Hyundai|Hyundai Motor|company|South Korea
    LG||company|South Korea
    Sony||company|Japan
    Toyota|Toyota Motor|company|Japan
    Honda||company|Japan
    Nissan||company|Japan
    SoftBank||company|Japan
    Panasonic||company|Japan
    ASML||company|Netherlands
    Volkswagen|VW|company|Germany
    BMW||company|Germany
    Mercedes-Benz|Daimler|company|Germany
    Siemens||company|Germany
    SAP||company|Germany
    Airbus||company|France
    TotalEnergies|Total|company|France
    Boeing||company|United States
    Lockheed Martin||company|United States
    General Motors|GM|company|United States
    Ford|Ford Motor|company|United States
    Stellantis||company|Netherlands
    General Electric|GE|company|United States
    JPMorgan Chase|JPMorgan;JP Morgan|company|United States
    Goldman Sachs||company|United States
    Morgan Stanley||company|United States
    Citigroup|Citi;Citibank|company|United States
    Bank of America||company|United States
    Wells Fargo||company|United States
    BlackRock||company|United States
    HSBC||company|United Kingdom
    Barclays||company|United Kingdom
    ExxonMobil|Exxon Mobil;Exxon|company|United States
    Chevron||company|United States
    Shell||company|United Kingdom
    BP||company|United Kingdom
    Saudi Aramco|Aramco|company|Saudi Arabia
    Gazprom||company|Russia
    Rosneft||company|Russia
    Walmart||company|United States
    Pfizer||company|United States
    Moderna||company|United States
    Johnson & Johnson||company|United States
    Coca-Cola||company|United States
    McDonald's||company|United States
    Starbucks||company|United States
    Nike||company|United States
    Disney|Walt Disney Company|company|United States
    Reuters|Thomson Reuters|media|United Kingdom
    Associated Press|AP|media|United States
    Agence France-Presse|AFP|media|France
    BBC|British Broadcasting Corporation|media|United Kingdom
    CNN|Cable News Network|media|United States
    Fox News||media|United States
    MSNBC||media|United States
    NBC|NBC News|media|United States
    CBS|CBS News|media|United States
    ABC News||media|United States
    NPR|National Public Radio|media|United States
    CNBC||media|United States
    Bloomberg|Bloomberg News|media|United States
    The New York Times|New York Times;NYT|media|United States
    The Washington Post|Washington Post|media|United States
    The Wall Street Journal|Wall Street Journal;WSJ|media|United States
    Politico||media|United States
    Axios||media|United States
    Newsweek||media|United States
    Financial Times|FT|media|United Kingdom
    The Guardian|Guardian|media|United Kingdom
    The Economist|Economist|media|United Kingdom
    The Times||media|United Kingdom
    The Telegraph|Daily Telegraph|media|United Kingdom
    Sky News||media|United Kingdom
    Xinhua|Xinhua News Agency|media|China
    CGTN|China Global Television Network|media|China
    CCTV|China Central Television|media|China
    China Daily||media|China
    Global Times||media|China
    People's Daily||media|China
    South China Morning Post|SCMP|media|China
    Visual China Group|VCG|media|China
    Al Jazeera||media|Qatar
    Al Arabiya||media|Saudi Arabia
    TASS||media|Russia
    RT|Russia Today|media|Russia
    Sputnik||media|Russia
    Deutsche Welle|DW|media|Germany
    Der Spiegel|Spiegel|media|Germany
    France 24||media|France
    Le Monde||media|France
    Nikkei|Nikkei Asia|media|Japan
    Kyodo|Kyodo News|media|Japan
    NHK||media|Japan
    Yonhap|Yonhap News Agency|media|South Korea
    Times of India||media|India
    Harvard University|Harvard|education|United States
    Stanford University|Stanford|education|United States
    Massachusetts Institute of Technology|MIT|education|United States
    Yale University|Yale|education|United States
    Princeton University|Princeton|education|United States
    Columbia University||education|United States
    Oxford University|University of Oxford|education|United Kingdom
    Cambridge University|University of Cambridge|education|United Kingdom
    Tsinghua University||education|China
    Peking University||education|China
    Fudan University||education|China
    Renmin University of China|Renmin University|education|China
    Brookings Institution|Brookings|research|United States
    Council on Foreign Relations|CFR|research|United States
    Center for Strategic and International Studies|CSIS|research|United States
    Heritage Foundation||research|United States
    RAND Corporation|RAND|research|United States
    Peterson Institute for International Economics|PIIE|research|United States
    Carnegie Endowment for International Peace||research|United States
    Chatham House||research|United Kingdom
    """

  /// Well-known named events: `Name|alias;alias|type|year`.
  static let events = """
    World War I|First World War;WWI;Great War|war|1914
    World War II|Second World War;WWII;WW2|war|1939
    Cold War||war|1947
    Korean War||war|1950
    Vietnam War||war|1955
    Gulf War||war|1990
    Iraq War||war|2003
    COVID-19 pandemic|COVID-19;COVID;coronavirus pandemic;Covid-19;Covid|other|2020
    Brexit||other|2016
    Olympic Games|Olympics|other|
    """
}
