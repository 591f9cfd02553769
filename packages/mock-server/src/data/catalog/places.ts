/**
 * US places the municipal universe is built on: states and a set of cities with their counties. Municipal
 * issuers (entities) are derived from these: "City of Austin", "Travis County", "Texas Water Development Board"…
 */

/** Two-letter state code → state name. */
export const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
};

/** A city, its state and the county (or counties) it lies in. */
export interface Place {
  city: string;
  state: string;
  counties: readonly string[];
}

const RAW = `Los Angeles|CA|Los Angeles
San Francisco|CA|San Francisco
San Diego|CA|San Diego
Sacramento|CA|Sacramento
Oakland|CA|Alameda
San Jose|CA|Santa Clara
Fresno|CA|Fresno
Long Beach|CA|Los Angeles
New York|NY|New York,Kings,Queens,Bronx,Richmond
Buffalo|NY|Erie
Rochester|NY|Monroe
Yonkers|NY|Westchester
Houston|TX|Harris,Fort Bend,Montgomery
Dallas|TX|Dallas,Collin,Denton
Austin|TX|Travis,Williamson
San Antonio|TX|Bexar
Fort Worth|TX|Tarrant
El Paso|TX|El Paso
Miami|FL|Miami-Dade
Orlando|FL|Orange
Tampa|FL|Hillsborough
Jacksonville|FL|Duval
Springfield|IL|Sangamon
Peoria|IL|Peoria
Naperville|IL|DuPage,Will
Rockford|IL|Winnebago
Philadelphia|PA|Philadelphia
Pittsburgh|PA|Allegheny
Allentown|PA|Lehigh
Columbus|OH|Franklin
Cleveland|OH|Cuyahoga
Cincinnati|OH|Hamilton
Detroit|MI|Wayne
Grand Rapids|MI|Kent
Atlanta|GA|Fulton,DeKalb
Savannah|GA|Chatham
Charlotte|NC|Mecklenburg
Raleigh|NC|Wake
Seattle|WA|King
Spokane|WA|Spokane
Tacoma|WA|Pierce
Portland|OR|Multnomah
Denver|CO|Denver
Aurora|CO|Arapahoe,Adams
Phoenix|AZ|Maricopa
Tucson|AZ|Pima
Boston|MA|Suffolk
Worcester|MA|Worcester
Baltimore|MD|Baltimore City
Minneapolis|MN|Hennepin
Saint Paul|MN|Ramsey
Milwaukee|WI|Milwaukee
Madison|WI|Dane
Kansas City|MO|Jackson,Clay,Platte
Saint Louis|MO|Saint Louis City
Wichita|KS|Sedgwick
Omaha|NE|Douglas
Des Moines|IA|Polk
Louisville|KY|Jefferson
Lexington|KY|Fayette
Nashville|TN|Davidson
Memphis|TN|Shelby
Knoxville|TN|Knox
New Orleans|LA|Orleans
Baton Rouge|LA|East Baton Rouge
Birmingham|AL|Jefferson
Jackson|MS|Hinds
Little Rock|AR|Pulaski
Oklahoma City|OK|Oklahoma
Tulsa|OK|Tulsa
Albuquerque|NM|Bernalillo
Las Vegas|NV|Clark
Reno|NV|Washoe
Salt Lake City|UT|Salt Lake
Boise|ID|Ada
Honolulu|HI|Honolulu
Anchorage|AK|Anchorage
Richmond|VA|Richmond City
Virginia Beach|VA|Virginia Beach City
Newark|NJ|Essex
Jersey City|NJ|Hudson
Hartford|CT|Hartford
Providence|RI|Providence
Manchester|NH|Hillsborough
Burlington|VT|Chittenden
Portland|ME|Cumberland
Charleston|SC|Charleston
Columbia|SC|Richland
Charleston|WV|Kanawha
Wilmington|DE|New Castle
Fargo|ND|Cass
Sioux Falls|SD|Minnehaha
Billings|MT|Yellowstone
Cheyenne|WY|Laramie
Washington|DC|District of Columbia
San Juan|PR|San Juan
Indianapolis|IN|Marion
Fort Wayne|IN|Allen`;

/** Cities the generated issuers live in. */
export const PLACES: readonly Place[] = RAW.split('\n').map(parsePlace);

/** One `city|state|county,county` line of the table above. */
function parsePlace(line: string): Place {
  const [city, state, counties, ...extra] = line.split('|');
  if (city === undefined || state === undefined || counties === undefined || extra.length > 0) {
    throw new Error(`Malformed place line: ${JSON.stringify(line)}`);
  }
  return { city, state, counties: counties.split(',') };
}
