// Cities, regions and continents from public facts.
// Cities: `Name|alias;alias|Country` (the country's gazetteer name); capitals are marked `*`.
// Regions: `Name|alias;alias|Country`.

extension GazetteerData {
  static let cities = """
    *Kabul||Afghanistan
    *Tirana||Albania
    *Algiers||Algeria
    *Luanda||Angola
    *Buenos Aires||Argentina
    Cordoba|Córdoba|Argentina
    *Yerevan||Armenia
    *Canberra||Australia
    Sydney||Australia
    Melbourne||Australia
    Brisbane||Australia
    Perth||Australia
    Adelaide||Australia
    *Vienna||Austria
    Salzburg||Austria
    *Baku||Azerbaijan
    *Manama||Bahrain
    *Dhaka||Bangladesh
    Chittagong||Bangladesh
    *Minsk||Belarus
    *Brussels||Belgium
    Antwerp||Belgium
    *La Paz||Bolivia
    *Sarajevo||Bosnia and Herzegovina
    *Brasilia|Brasília|Brazil
    Sao Paulo|São Paulo|Brazil
    Rio de Janeiro|Rio|Brazil
    *Sofia||Bulgaria
    *Phnom Penh||Cambodia
    *Ottawa||Canada
    Toronto||Canada
    Montreal|Montréal|Canada
    Vancouver||Canada
    Calgary||Canada
    *Santiago||Chile
    *Beijing|Peking|China
    Shanghai||China
    Guangzhou|Canton|China
    Shenzhen||China
    Tianjin||China
    Chongqing||China
    Wuhan||China
    Chengdu||China
    Hangzhou||China
    Nanjing||China
    Xi'an||China
    Suzhou||China
    Qingdao||China
    Dalian||China
    Xiamen||China
    Shenyang||China
    Harbin||China
    Kunming||China
    Changsha||China
    Zhengzhou||China
    Jinan||China
    Fuzhou||China
    Hefei||China
    Ningbo||China
    Urumqi||China
    Lhasa||China
    Sanya||China
    Dongguan||China
    Foshan||China
    Zhuhai||China
    *Bogota|Bogotá|Colombia
    Medellin|Medellín|Colombia
    *Kinshasa||Democratic Republic of the Congo
    *San Jose|San José|Costa Rica
    *Zagreb||Croatia
    *Havana||Cuba
    *Nicosia||Cyprus
    *Prague||Czech Republic
    *Copenhagen||Denmark
    *Quito||Ecuador
    *Cairo||Egypt
    Alexandria||Egypt
    *Addis Ababa||Ethiopia
    *Helsinki||Finland
    *Paris||France
    Marseille||France
    Lyon||France
    Strasbourg||France
    Bordeaux||France
    Toulouse||France
    *Tbilisi||Georgia
    *Berlin||Germany
    Munich||Germany
    Hamburg||Germany
    Frankfurt||Germany
    Cologne||Germany
    Stuttgart||Germany
    Dusseldorf|Düsseldorf|Germany
    Bonn||Germany
    Leipzig||Germany
    Dresden||Germany
    *Accra||Ghana
    *Athens||Greece
    Thessaloniki||Greece
    *Budapest||Hungary
    *Reykjavik|Reykjavík|Iceland
    *New Delhi||India
    Delhi||India
    Mumbai|Bombay|India
    Bangalore|Bengaluru|India
    Kolkata|Calcutta|India
    Chennai|Madras|India
    Hyderabad||India
    Ahmedabad||India
    Pune||India
    *Jakarta||Indonesia
    Surabaya||Indonesia
    Bali||Indonesia
    *Tehran||Iran
    Isfahan||Iran
    *Baghdad||Iraq
    Basra||Iraq
    Mosul||Iraq
    Erbil||Iraq
    *Dublin||Ireland
    *Jerusalem||Israel
    Tel Aviv||Israel
    Haifa||Israel
    *Rome||Italy
    Milan||Italy
    Naples||Italy
    Turin||Italy
    Venice||Italy
    Florence||Italy
    *Tokyo||Japan
    Osaka||Japan
    Kyoto||Japan
    Yokohama||Japan
    Nagoya||Japan
    Hiroshima||Japan
    Nagasaki||Japan
    Sapporo||Japan
    Fukuoka||Japan
    *Amman||Jordan
    *Astana|Nur-Sultan|Kazakhstan
    Almaty||Kazakhstan
    *Nairobi||Kenya
    Mombasa||Kenya
    *Pyongyang||North Korea
    *Seoul||South Korea
    Busan||South Korea
    Incheon||South Korea
    *Kuwait City||Kuwait
    *Bishkek||Kyrgyzstan
    *Vientiane||Laos
    *Riga||Latvia
    *Beirut||Lebanon
    *Tripoli||Libya
    Benghazi||Libya
    *Vilnius||Lithuania
    *Kuala Lumpur||Malaysia
    *Valletta||Malta
    *Mexico City||Mexico
    Guadalajara||Mexico
    Monterrey||Mexico
    Tijuana||Mexico
    *Chisinau|Chișinău|Moldova
    *Ulaanbaatar|Ulan Bator|Mongolia
    *Rabat||Morocco
    Casablanca||Morocco
    *Naypyidaw|Nay Pyi Taw|Myanmar
    Yangon|Rangoon|Myanmar
    *Kathmandu||Nepal
    *Amsterdam||Netherlands
    The Hague||Netherlands
    Rotterdam||Netherlands
    *Wellington||New Zealand
    Auckland||New Zealand
    *Abuja||Nigeria
    Lagos||Nigeria
    *Oslo||Norway
    *Muscat||Oman
    *Islamabad||Pakistan
    Karachi||Pakistan
    Lahore||Pakistan
    Ramallah||Palestine
    Gaza City||Palestine
    *Panama City||Panama
    *Lima||Peru
    *Manila||Philippines
    *Warsaw||Poland
    Krakow|Kraków|Poland
    *Lisbon||Portugal
    Porto||Portugal
    *Doha||Qatar
    *Bucharest||Romania
    *Moscow||Russia
    Saint Petersburg|St. Petersburg;St Petersburg|Russia
    Vladivostok||Russia
    Novosibirsk||Russia
    Kazan||Russia
    Sochi||Russia
    Yekaterinburg||Russia
    Kaliningrad||Russia
    *Kigali||Rwanda
    *Riyadh||Saudi Arabia
    Jeddah||Saudi Arabia
    Mecca||Saudi Arabia
    Medina||Saudi Arabia
    *Dakar||Senegal
    *Belgrade||Serbia
    *Bratislava||Slovakia
    *Ljubljana||Slovenia
    *Mogadishu||Somalia
    *Pretoria||South Africa
    Johannesburg||South Africa
    Cape Town||South Africa
    Durban||South Africa
    *Juba||South Sudan
    *Madrid||Spain
    Barcelona||Spain
    Valencia||Spain
    Seville||Spain
    *Colombo||Sri Lanka
    *Khartoum||Sudan
    *Stockholm||Sweden
    Gothenburg||Sweden
    *Bern|Berne|Switzerland
    Geneva||Switzerland
    Zurich|Zürich|Switzerland
    Basel||Switzerland
    Davos||Switzerland
    Lausanne||Switzerland
    *Damascus||Syria
    Aleppo||Syria
    *Taipei||Taiwan
    Kaohsiung||Taiwan
    *Dushanbe||Tajikistan
    *Dodoma||Tanzania
    Dar es Salaam||Tanzania
    *Bangkok||Thailand
    *Tunis||Tunisia
    *Ankara||Turkey
    Istanbul||Turkey
    Izmir||Turkey
    *Ashgabat||Turkmenistan
    *Kampala||Uganda
    *Kyiv|Kiev|Ukraine
    Kharkiv|Kharkov|Ukraine
    Odesa|Odessa|Ukraine
    Lviv||Ukraine
    Mariupol||Ukraine
    Donetsk||Ukraine
    Luhansk||Ukraine
    Zaporizhzhia||Ukraine
    Kherson||Ukraine
    Dnipro||Ukraine
    *Abu Dhabi||United Arab Emirates
    Dubai||United Arab Emirates
    *London||United Kingdom
    Manchester||United Kingdom
    Birmingham||United Kingdom
    Liverpool||United Kingdom
    Edinburgh||United Kingdom
    Glasgow||United Kingdom
    Cardiff||United Kingdom
    Belfast||United Kingdom
    Oxford||United Kingdom
    Cambridge||United Kingdom
    Leeds||United Kingdom
    Bristol||United Kingdom
    *Washington|Washington, D.C.;Washington D.C.;Washington DC|United States
    New York|New York City;NYC|United States
    Los Angeles|L.A.|United States
    Chicago||United States
    Houston||United States
    Phoenix||United States
    Philadelphia||United States
    San Antonio||United States
    San Diego||United States
    Dallas||United States
    San Francisco||United States
    Seattle||United States
    Boston||United States
    Miami||United States
    Atlanta||United States
    Detroit||United States
    Denver||United States
    Las Vegas||United States
    Austin||United States
    Minneapolis||United States
    Pittsburgh||United States
    Baltimore||United States
    Cleveland||United States
    New Orleans||United States
    Nashville||United States
    Portland||United States
    Sacramento||United States
    Honolulu||United States
    Anchorage||United States
    Palo Alto||United States
    Cupertino||United States
    Mountain View||United States
    Santa Clara||United States
    Silicon Valley||United States
    Wall Street||United States
    Manhattan||United States
    Brooklyn||United States
    Mar-a-Lago||United States
    Palm Beach||United States
    Camp David||United States
    *Tashkent||Uzbekistan
    Samarkand||Uzbekistan
    *Caracas||Venezuela
    *Hanoi||Vietnam
    Ho Chi Minh City|Saigon|Vietnam
    Da Nang||Vietnam
    *Sanaa|Sana'a|Yemen
    Aden||Yemen
    *Lusaka||Zambia
    *Harare||Zimbabwe
    *Singapore City||Singapore
    *Montevideo||Uruguay
    *Asuncion|Asunción|Paraguay
    *Caracas||Venezuela
    *Managua||Nicaragua
    *Tegucigalpa||Honduras
    *Guatemala City||Guatemala
    *San Salvador||El Salvador
    *Santo Domingo||Dominican Republic
    *Port-au-Prince||Haiti
    *Kingston||Jamaica
    *Windhoek||Namibia
    *Gaborone||Botswana
    *Maputo||Mozambique
    *Antananarivo||Madagascar
    *Lilongwe||Malawi
    *Bamako||Mali
    *Niamey||Niger
    *Ouagadougou||Burkina Faso
    *Conakry||Guinea
    *Freetown||Sierra Leone
    *Monrovia||Liberia
    *Yamoussoukro||Ivory Coast
    Abidjan||Ivory Coast
    *Lome|Lomé|Togo
    *Porto-Novo||Benin
    Cotonou||Benin
    *Yaounde|Yaoundé|Cameroon
    Douala||Cameroon
    *Libreville||Gabon
    *Brazzaville||Republic of the Congo
    *Bangui||Central African Republic
    *N'Djamena||Chad
    *Asmara||Eritrea
    *Djibouti City||Djibouti
    *Nouakchott||Mauritania
    *Banjul||Gambia
    *Bissau||Guinea-Bissau
    *Praia||Cape Verde
    *Port Louis||Mauritius
    *Thimphu||Bhutan
    *Bandar Seri Begawan||Brunei
    *Dili||East Timor
    *Port Moresby||Papua New Guinea
    *Suva||Fiji
    *Luxembourg City||Luxembourg
    *Vaduz||Liechtenstein
    *Andorra la Vella||Andorra
    *Podgorica||Montenegro
    *Skopje||North Macedonia
    *Pristina|Priština|Kosovo
    *Tallinn||Estonia
    """

  static let regions = """
    Hubei||China
    Guangdong||China
    Sichuan||China
    Zhejiang||China
    Jiangsu||China
    Shandong||China
    Henan||China
    Hebei||China
    Hunan||China
    Anhui||China
    Fujian||China
    Jiangxi||China
    Shaanxi||China
    Shanxi||China
    Yunnan||China
    Guizhou||China
    Liaoning||China
    Jilin||China
    Heilongjiang||China
    Gansu||China
    Qinghai||China
    Hainan||China
    Guangxi|Guangxi Zhuang Autonomous Region|China
    Inner Mongolia|Inner Mongolia Autonomous Region|China
    Ningxia|Ningxia Hui Autonomous Region|China
    Xinjiang|Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region|China
    Tibet|Xizang;Tibet Autonomous Region;Xizang Autonomous Region|China
    Hong Kong|Hong Kong SAR;Hong Kong Special Administrative Region;HKSAR|China
    Macao|Macau;Macao SAR;Macao Special Administrative Region|China
    Alabama|Ala.|United States
    Alaska||United States
    Arizona|Ariz.|United States
    Arkansas|Ark.|United States
    California|Calif.|United States
    Colorado|Colo.|United States
    Connecticut|Conn.|United States
    Delaware|Del.|United States
    Florida|Fla.|United States
    Hawaii||United States
    Idaho||United States
    Illinois|Ill.|United States
    Indiana||United States
    Iowa||United States
    Kansas|Kan.|United States
    Kentucky|Ky.|United States
    Louisiana|La.|United States
    Maine||United States
    Maryland|Md.|United States
    Massachusetts|Mass.|United States
    Michigan|Mich.|United States
    Minnesota|Minn.|United States
    Mississippi||United States
    Missouri||United States
    Montana|Mont.|United States
    Nebraska|Neb.|United States
    Nevada|Nev.|United States
    New Hampshire|N.H.|United States
    New Jersey|N.J.|United States
    New Mexico|N.M.|United States
    New York State||United States
    North Carolina|N.C.|United States
    North Dakota|N.D.|United States
    Ohio||United States
    Oklahoma|Okla.|United States
    Oregon|Ore.|United States
    Pennsylvania|Pa.|United States
    Rhode Island|R.I.|United States
    South Carolina|S.C.|United States
    South Dakota|S.D.|United States
    Tennessee|Tenn.|United States
    Texas||United States
    Utah||United States
    Vermont|Vt.|United States
    Virginia|Va.|United States
    Washington State|Wash.|United States
    West Virginia|W.Va.|United States
    Wisconsin|Wis.|United States
    Wyoming|Wyo.|United States
    Puerto Rico||United States
    Guam||United States
    Ontario||Canada
    Quebec|Québec|Canada
    British Columbia||Canada
    Alberta||Canada
    Manitoba||Canada
    Saskatchewan||Canada
    Nova Scotia||Canada
    New Brunswick||Canada
    Bavaria|Bayern|Germany
    Saxony||Germany
    Hesse||Germany
    Baden-Wurttemberg|Baden-Württemberg|Germany
    North Rhine-Westphalia||Germany
    Lower Saxony||Germany
    Brandenburg||Germany
    Thuringia||Germany
    Schleswig-Holstein||Germany
    England||United Kingdom
    Scotland||United Kingdom
    Wales||United Kingdom
    Northern Ireland||United Kingdom
    Catalonia||Spain
    Andalusia||Spain
    Basque Country||Spain
    Galicia||Spain
    Lombardy||Italy
    Sicily||Italy
    Sardinia||Italy
    Tuscany||Italy
    Corsica||France
    Normandy||France
    Brittany||France
    Provence||France
    New South Wales||Australia
    Victoria||Australia
    Queensland||Australia
    Tasmania||Australia
    Western Australia||Australia
    Maharashtra||India
    Kerala||India
    Tamil Nadu||India
    Karnataka||India
    Gujarat||India
    Punjab||India
    Uttar Pradesh||India
    West Bengal||India
    Bihar||India
    Kashmir|Jammu and Kashmir|India
    Okinawa||Japan
    Hokkaido||Japan
    Fukushima||Japan
    Crimea|Crimean Peninsula|Ukraine
    Donbas|Donbass|Ukraine
    Siberia||Russia
    Chechnya||Russia
    Gaza|Gaza Strip|Palestine
    West Bank||Palestine
    Golan Heights||Syria
    Kurdistan|Iraqi Kurdistan|Iraq
    Darfur||Sudan
    Greenland||Denmark
    Scania||Sweden
    Flanders||Belgium
    Wallonia||Belgium
    Sabah||Malaysia
    Mindanao||Philippines
    Java||Indonesia
    Sumatra||Indonesia
    Papua||Indonesia
    Punjab Province||Pakistan
    Balochistan||Pakistan
    Sindh||Pakistan
    Patagonia||Argentina
    Amazonas||Brazil
    Chiapas||Mexico
    Jalisco||Mexico
    """

  /// Continents and large world regions: `Name|alias;alias`.
  static let continents = """
    Africa|
    Asia|
    Europe|
    North America|
    South America|
    Latin America|
    Central America|
    Antarctica|
    Oceania|
    Middle East|Mideast
    Southeast Asia|South-East Asia
    East Asia|
    South Asia|
    Central Asia|
    Eastern Europe|
    Western Europe|
    Asia-Pacific|Asia Pacific;Asia-Pacific region
    Indo-Pacific|Indo-Pacific region
    Balkans|
    Caribbean|
    Sahel|
    Arctic|
    Scandinavia|
    Gulf region|
    Taiwan Strait|
    South China Sea|
    East China Sea|
    Red Sea|
    Black Sea|
    Baltic Sea|
    Mediterranean|Mediterranean Sea
    Persian Gulf|
    Strait of Hormuz|
    Pacific|Pacific Ocean
    Atlantic|Atlantic Ocean
    Indian Ocean|
    """

  /// Rivers, lakes, mountains, deserts and waterways: `Name|alias;alias`. Names that are
  /// also countries or companies ("Niger", "Congo", "Amazon") appear only with their head
  /// noun.
  static let features = """
    Danube|River Danube;Danube River
    Rhine|River Rhine;Rhine River
    Thames|River Thames;Thames River
    Seine|River Seine
    Loire|River Loire
    Elbe|River Elbe
    Oder|River Oder
    Volga|River Volga;Volga River
    Dnieper|River Dnieper;Dnipro River
    Nile|River Nile;Nile River
    Niger River|River Niger
    Congo River|River Congo
    Zambezi|Zambezi River
    Limpopo River|
    Tigris|Tigris River
    Euphrates|Euphrates River
    Jordan River|River Jordan
    Indus|Indus River
    Ganges|River Ganges;Ganga
    Brahmaputra|Brahmaputra River
    Yangtze|Yangtze River;Chang Jiang
    Yellow River|Huang He
    Mekong|Mekong River
    Irrawaddy|Irrawaddy River
    Amur|Amur River
    Mississippi River|
    Missouri River|
    Colorado River|
    Hudson River|
    Potomac|Potomac River
    St. Lawrence River|Saint Lawrence River
    Rio Grande|
    Amazon River|Amazon rainforest
    Paraná River|Parana River
    Lake Victoria|
    Lake Tanganyika|
    Lake Baikal|
    Lake Titicaca|
    Lake Geneva|Lac Léman
    Lake Como|
    Great Lakes|
    Dead Sea|
    Caspian Sea|
    Aral Sea|
    Arabian Sea|
    North Sea|
    Sea of Japan|
    Sea of Azov|
    Adriatic|Adriatic Sea
    Aegean|Aegean Sea
    Bay of Bengal|
    Gulf of Aden|
    Gulf of Mexico|Gulf of America
    Gulf of Oman|
    English Channel|
    Bosporus|Bosphorus
    Dardanelles|
    Strait of Malacca|Malacca Strait
    Bab el-Mandeb|
    Suez Canal|
    Panama Canal|
    Himalayas|Himalaya
    Alps|
    Andes|
    Rocky Mountains|Rockies
    Ural Mountains|Urals
    Caucasus Mountains|
    Pyrenees|
    Carpathians|Carpathian Mountains
    Atlas Mountains|
    Mount Everest|Everest
    Mount Kilimanjaro|Kilimanjaro
    Mount Fuji|
    Mont Blanc|
    Matterhorn|
    Sahara|Sahara Desert
    Gobi|Gobi Desert
    Kalahari|Kalahari Desert
    Atacama Desert|
    Black Forest|
    Sinai Peninsula|Sinai
    Korean Peninsula|
    Arabian Peninsula|
    Iberian Peninsula|
    """
}
